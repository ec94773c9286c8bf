package org.permitdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.report.ReportFixtures;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.Mounts;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;
import picocli.CommandLine;

/** The report command end to end: arguments, the file written, the summary line, and refusals with exit code 2. */
class ReportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @DatabaseTest
    void issuedFinaledWritesTheCsvOfTheChosenTypesAndSaysHowMany(TestDb db) throws IOException {
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            fixtures.permit("CLI-B1", "B", "FINALED", LocalDate.of(2045, 5, 1), LocalDate.of(2045, 5, 31),
                    null, new BigDecimal("1500.00"), new BigDecimal("45.00"));
            fixtures.permit("CLI-E1", "E", "ISSUED", LocalDate.of(2045, 5, 2), null, null, null);
            fixtures.permit("CLI-P1", "P", "ISSUED", LocalDate.of(2045, 5, 3), null, null, null);
        }
        Path csv = folder.resolve("may.csv");

        assertEquals(0, run(db, "report", "issued-finaled", "--from", "2045-05-01", "--to", "2045-05-31",
                "--type", "B", "--type", "E", "--format", "csv", "--out", csv.toString()), err.toString());

        assertTrue(out.toString().strip().matches("Wrote permits issued and finaled, 2045-05-01 to 2045-05-31: 2 issued,"
                + " 1 finaled, to " + java.util.regex.Pattern.quote(csv.toString()) + " in \\d+[.,]\\d s"), out.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(List.of("section,permit_number,permit_type,site_address,issued_date,finaled_date,valuation"),
                lines.subList(0, 1));
        assertEquals(List.of("ISSUED,CLI-B1", "ISSUED,CLI-E1", "FINALED,CLI-B1"),
                lines.subList(1, 4).stream().map(line -> line.substring(0, line.indexOf(',', 8))).toList());
        assertTrue(lines.get(1).endsWith(",2045-05-01,2045-05-31,1500.00"), lines.get(1));
    }

    @DatabaseTest
    void everyReportWritesAPdf(TestDb db) throws IOException {
        for (List<String> args : List.of(List.of("inspections", "--from", "2046-01-01", "--to", "2046-01-31"),
                List.of("expiring", "--days", "30"), List.of("fees-collected", "--from", "2046-01-01", "--to", "2046-01-01"))) {
            Path pdf = folder.resolve(args.get(0) + ".pdf");
            List<String> all = new ArrayList<>(List.of("report"));
            all.addAll(args);
            all.addAll(List.of("--format", "PDF", "--out", pdf.toString()));

            assertEquals(0, run(db, all.toArray(String[]::new)), err.toString());

            assertTrue(PdfText.of(Files.readAllBytes(pdf)).contains("City of Palm Valley"), args.toString());
        }
    }

    @DatabaseTest
    void anUnknownTypeExitsWith2AndWritesNothing(TestDb db) {
        Path csv = folder.resolve("none.csv");

        assertEquals(2, run(db, "report", "issued-finaled", "--from", "2045-01-01", "--to", "2045-01-31", "--type", "NOPE",
                "--format", "csv", "--out", csv.toString()));

        assertTrue(err.toString().startsWith("Unknown permit type code NOPE. Use one of ACC, B, "), err.toString());
        assertFalse(Files.exists(csv));
    }

    @Test
    void theDatabaseGivenBeforeOrAfterTheCommandIsTheOneTheReportReads() throws IOException {
        String url = "jdbc:h2:file:" + folder.resolve("other-city").toAbsolutePath() + ";DB_CLOSE_DELAY=0";
        try (org.permitdesk.app.PermitDesk services = org.permitdesk.app.PermitDesk.open(
                new org.permitdesk.platform.db.DatabaseSettings(url, "sa", "", false), java.time.Clock.systemUTC());
                ReportFixtures fixtures = new ReportFixtures(services.context().database())) {
            fixtures.permit("OTHER-CITY-1", "B", "ISSUED", LocalDate.of(2047, 3, 2), null, null, null);
        }
        List<String> report = List.of("issued-finaled", "--from", "2047-03-01", "--to", "2047-03-31", "--format", "csv");
        List<List<String>> placements = List.of(
                concat(List.of("--db", url, "--db-user", "sa", "report"), report, List.of("--out")),
                concat(List.of("report", "--db", url, "--db-user", "sa"), report, List.of("--out")),
                concat(List.of("report"), report, List.of("--db", url, "--db-user", "sa", "--out")));
        for (List<String> args : placements) {
            Path csv = folder.resolve("placement" + placements.indexOf(args) + ".csv");

            assertEquals(0, run(concat(args, List.of(csv.toString()), List.of()).toArray(String[]::new)), err.toString());

            assertTrue(Files.readString(csv).contains("ISSUED,OTHER-CITY-1,"), args + ": " + Files.readString(csv));
        }
    }

    @Test
    void theDatabaseGivenTwiceWithDifferentValuesIsRefusedInOneLine() {
        Path csv = folder.resolve("twice.csv");

        assertEquals(2, run("--db", "jdbc:h2:mem:one", "report", "expiring", "--days", "5", "--format", "csv",
                "--out", csv.toString(), "--db", "jdbc:h2:mem:two"));

        assertEquals(List.of("--db is given twice with different values (jdbc:h2:mem:one and jdbc:h2:mem:two): give it once."),
                err.toString().lines().toList());
        assertFalse(Files.exists(csv));
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    @DatabaseTest
    void csvCellsThatLookLikeFormulasAreQuotedAndNumbersStayNumbers(TestDb db) throws IOException {
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            fixtures.permit("=1+2 CLI", "B", "ISSUED", LocalDate.of(2046, 6, 1), null, null, new BigDecimal("1500.00"));
            fixtures.permit("@SUM(A1)", "B", "ISSUED", LocalDate.of(2046, 6, 2), null, null, null);
        }
        Path csv = folder.resolve("june.csv");

        assertEquals(0, run(db, "report", "issued-finaled", "--from", "2046-06-01", "--to", "2046-06-30",
                "--format", "csv", "--out", csv.toString()), err.toString());

        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(1).startsWith("ISSUED,'=1+2 CLI,") && lines.get(1).endsWith(",2046-06-01,,1500.00"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("ISSUED,'@SUM(A1),"), lines.get(2));
    }

    @Test
    void anOutThatIsAFolderIsRefusedBeforeOpeningTheDatabaseAndLeftAlone() throws IOException {
        Path emptyFolder = Files.createDirectory(folder.resolve("reports"));

        assertEquals(2, run("report", "expiring", "--days", "5", "--format", "csv", "--out", emptyFolder.toString(),
                "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));

        assertEquals(List.of("--out " + emptyFolder + " is not a regular file (a folder): give the path of a file to"
                + " write (it is replaced when complete)."), err.toString().lines().toList());
        assertTrue(Files.isDirectory(emptyFolder));
    }

    /** Issue 17 item 14: a full disk was exit 1 with "No space left on device" and no file named. */
    @DatabaseTest
    void aFullDiskIsOneLineNamingTheFileExitCode2AndNoFileLeft(TestDb db) throws IOException {
        try (Mounts mounts = Mounts.available()) {
            Path full = mounts.fullDisk(folder.resolve("full"));
            for (String format : List.of("pdf", "xlsx", "csv")) {
                out.getBuffer().setLength(0);
                err.getBuffer().setLength(0);
                Path file = full.resolve("report." + format);

                assertEquals(2, run(db, "report", "expiring", "--days", "30", "--format", format, "--out",
                        file.toString()), format + ": " + err);

                assertEquals(List.of("Cannot write " + file + ": the disk holding " + full + " is full; nothing was"
                        + " written. Free some space there or write the file elsewhere."), err.toString().lines().toList());
                try (var left = Files.list(full)) {
                    assertEquals(List.of("filler"), left.map(p -> p.getFileName().toString()).toList(), format);
                }
            }
        }
    }

    @Test
    void badArgumentsExitWith2BeforeOpeningTheDatabase() {
        assertEquals(2, run("report", "issued-finaled", "--from", "2025-04-01", "--to", "2025-03-01", "--format", "doc",
                "--out", folder.resolve("x").toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));

        assertEquals(List.of("--format doc is not a report format: use pdf, xlsx or csv.",
                "The first day 2025-04-01 is after the last day 2025-03-01: swap them."), err.toString().lines().toList());
    }

    @Test
    void expiringRefusesZeroDays() {
        assertEquals(2, run("report", "expiring", "--days", "0", "--format", "pdf", "--out", folder.resolve("x").toString()));

        assertEquals("The number of days must be from 1 to 365 (it is 0).", err.toString().strip());
    }

    @Test
    void helpListsTheReports() {
        assertEquals(0, run("report", "--help"));

        for (String report : List.of("issued-finaled", "inspections", "expiring", "fees-collected")) {
            assertTrue(out.toString().contains(report), out.toString());
        }
    }

    private int run(TestDb db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db.settings().url(), "--db-user", db.settings().user()));
        return run(all.toArray(String[]::new));
    }

    private int run(String... args) {
        CommandLine commandLine = PermitDeskCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
