package org.permitdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import picocli.CommandLine;

class ImportCslbCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @DatabaseTest
    void importsTheRealSampleFileAndSaysHowManyLicences(TestDb db) {
        assertEquals(0, run(db, "import-cslb", sample().toString()), err.toString());

        String summary = out.toString().strip();
        assertTrue(summary.matches("Imported 123 licences in \\d+[.,]\\d s; 0 rows rejected"), summary);
        assertEquals(123, new CslbLicenceService(db.database()).count());
    }

    @DatabaseTest
    void aNegativeShowRejectedIsRefusedBeforeAnythingIsImported(TestDb db) {
        assertEquals(2, run(db, "import-cslb", "--show-rejected", "-1", sample().toString()));

        assertEquals("--show-rejected -1 is not a number of lines: give 0 or more. Nothing was imported; the stored"
                + " licences are unchanged.", err.toString().strip());
        assertEquals(0, new CslbLicenceService(db.database()).count());
    }

    @DatabaseTest
    void listsTheFirstRejectedLinesWithTheirLineNumberAndReason(TestDb db) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sample()));
        lines.set(1, lines.get(1).replaceFirst("^1000002,", "X1000002,"));
        lines.set(9, lines.get(9).replace(",03/31/2022,", ",03/31/22,"));
        lines.set(19, lines.get(19) + ",extra");
        Path file = Files.write(folder.resolve("MasterLicenseData.csv"), lines);

        assertEquals(0, run(db, "import-cslb", "--show-rejected", "2", file.toString()), err.toString());

        List<String> output = out.toString().lines().toList();
        assertTrue(output.get(0).matches("Imported 120 licences in \\d+[.,]\\d s; 3 rows rejected"), output.get(0));
        assertEquals(List.of("  line 2: licence number \"X1000002\" is not 1 to 8 digits",
                "  line 10: expiration date \"03/31/22\" is not a date (MM/DD/YYYY)",
                "  … and 1 more rejected line"), output.subList(1, output.size()));
    }

    @DatabaseTest
    void aFileStartingWithAByteOrderMarkImportsEveryLicence(TestDb db) throws IOException {
        byte[] sample = Files.readAllBytes(sample());
        byte[] withBom = new byte[sample.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(sample, 0, withBom, 3, sample.length);
        Path file = Files.write(folder.resolve("bom.csv"), withBom);

        assertEquals(0, run(db, "import-cslb", file.toString()), err.toString());

        String summary = out.toString().strip();
        assertTrue(summary.matches("Imported 123 licences in \\d+[.,]\\d s; 0 rows rejected"), summary);
        assertEquals(123, new CslbLicenceService(db.database()).count());
    }

    @DatabaseTest
    void aUtf16FileIsNamedAsAnEncodingToConvert(TestDb db) throws IOException {
        Path file = folder.resolve("unicode.csv");
        Files.writeString(file, "\uFEFF" + Files.readString(sample()), java.nio.charset.StandardCharsets.UTF_16LE);

        assertEquals(2, run(db, "import-cslb", file.toString()));

        assertTrue(err.toString().strip().startsWith(file + " is UTF-16 text: save it as UTF-8 (in Excel: Save As →"
                + " CSV UTF-8) and import again. Nothing was imported"), err.toString());
    }

    @DatabaseTest
    void rejectedLinesAreListedEscaped(TestDb db) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sample()));
        lines.set(1, lines.get(1).replaceFirst("^1000002,", "\"\u001b]0;owned\u0007\nline 3: ok\","));
        Path file = Files.write(folder.resolve("escape.csv"), lines);

        assertEquals(0, run(db, "import-cslb", file.toString()), err.toString());

        List<String> output = out.toString().lines().toList();
        assertEquals(List.of("  line 3: licence number \"\\e]0;owned\\u0007\\nline 3: ok\" is not 1 to 8 digits"),
                output.subList(1, output.size()));
    }

    @DatabaseTest
    void aFileThatIsNotAMasterFileExitsWith2AndKeepsTheStoredLicences(TestDb db) throws IOException {
        assertEquals(0, run(db, "import-cslb", sample().toString()));
        Path permits = Files.write(folder.resolve("permits.csv"), List.of("number,type", "B2611-001,Building"));
        err.getBuffer().setLength(0);

        assertEquals(2, run(db, "import-cslb", permits.toString()));

        assertEquals(permits + " is not a CSLB licence master file: 0 of its first 2 lines are licence lines"
                + " (line 1: has 2 columns, expected 52). Nothing was imported; the stored licences are unchanged.",
                err.toString().strip());
        assertEquals(123, new CslbLicenceService(db.database()).count());
    }

    @Test
    void aMissingFileExitsWith2InOneLineBeforeOpeningTheDatabase() {
        Path missing = folder.resolve("nowhere.csv");
        assertEquals(2, run("import-cslb", missing.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        assertEquals(missing + ": no such file. Nothing was imported; the stored licences are unchanged.",
                err.toString().strip());
    }

    /** Issue 17 item 14: a special file was "cannot read the file"; it is checked before the database is opened. */
    @Test
    void aDeviceIsRefusedAsNotARegularFileBeforeOpeningTheDatabase() {
        assertEquals(2, run("import-cslb", "/dev/null", "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        assertEquals("/dev/null: is not a regular file (a device, a pipe or other special file). Nothing was imported;"
                + " the stored licences are unchanged.", err.toString().strip());
    }

    @Test
    void anUnreachableDatabaseExitsWith2InOneLine() {
        assertEquals(2, run("import-cslb", sample().toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("Cannot open the database jdbc:postgresql://127.0.0.1:1/nowhere: "), message);
    }

    @Test
    void helpListsTheCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("import-cslb"), out.toString());
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

    /** The real sample of the CSLB master file (123 licences, November 2020). */
    private static Path sample() {
        try {
            return Path.of(ImportCslbCommandTest.class
                    .getResource("/org/permitdesk/account/cslb/MasterLicenseData-sample.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
