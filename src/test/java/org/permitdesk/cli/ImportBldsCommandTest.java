package org.permitdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.blds.BldsFiles;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import picocli.CommandLine;

/** import-blds and export-blds end to end. The tests share one database per kind: each uses its own numbers. */
class ImportBldsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @DatabaseTest
    void importsACityFileSaysHowManyAndRefusesItTheSecondTime(TestDb db) {
        Path file = BldsFiles.copy(BldsFiles.BURLINGTON, folder);

        assertEquals(0, run(db, "import-blds", file.toString()), err.toString());

        List<String> output = out.toString().lines().toList();
        assertTrue(output.get(0).matches("Imported 4,670 permits in \\d+[.,]\\d s; 0 rows rejected"), output.get(0));
        assertTrue(output.get(1).startsWith("New permit types (13): SO Other Single Detached Dwelling, "), output.get(1));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertEquals(1, run(db, "import-blds", "--show-rejected", "1", file.toString()));

        assertEquals(List.of("Nothing was imported: 4,670 of 4,670 rows are invalid.",
                "  line 2: PermitNum \"24-019651\" is already in the database",
                "  … and 4,669 more rejected rows"), err.toString().lines().toList());
        assertEquals("", out.toString());
    }

    @DatabaseTest
    void theNashvilleFileImportsWholeWithSkipInvalidAndLeavesNoRejectsFile(TestDb db) {
        Path file = BldsFiles.copy(BldsFiles.NASHVILLE, folder);

        assertEquals(0, run(db, "import-blds", "--skip-invalid", file.toString()), err.toString());

        assertTrue(out.toString().lines().findFirst().orElseThrow()
                .matches("Imported 5,994 permits in \\d+[.,]\\d s; 0 rows rejected"), out.toString());
        assertFalse(Files.exists(folder.resolve(file.getFileName() + ".rejects.csv")));
        assertEquals(1, new PermitSearchService(db.database()).search("D2020068970").permits().size());
    }

    @DatabaseTest
    void invalidRowsWithoutSkipInvalidExitWith1AndImportNothing(TestDb db) {
        Path file = BldsFiles.write(folder, "permits.csv", BldsFiles.row("ZCLI-1", "1 First St"),
                BldsFiles.row("ZCLI-2", "2 First St").replace("33.7221", "north"), BldsFiles.row("ZCLI-3", "3 First St"));

        assertEquals(1, run(db, "import-blds", file.toString()));

        assertEquals(List.of("Nothing was imported: 1 of 3 rows is invalid. Correct it, or use --skip-invalid to import"
                        + " the other 2 rows and write the rejected one to " + file + ".rejects.csv.",
                "  line 3: Latitude \"north\" is not a number"), err.toString().lines().toList());
        assertEquals(List.of(), new PermitSearchService(db.database()).search("zcli").permits());
        assertFalse(Files.exists(folder.resolve("permits.csv.rejects.csv")));
    }

    @DatabaseTest
    void skipInvalidImportsTheRestAndNamesTheRejectsFile(TestDb db) throws IOException {
        Path file = BldsFiles.write(folder, "skip.csv", BldsFiles.row("ZCLS-1", "1 Skip St"),
                BldsFiles.row("ZCLS-1", "2 Skip St"), BldsFiles.row("ZCLS-3", "3 Skip St"));

        assertEquals(0, run(db, "import-blds", "--skip-invalid", file.toString()), err.toString());

        List<String> output = out.toString().lines().toList();
        assertTrue(output.get(0).matches("Imported 2 permits in \\d+[.,]\\d s; 1 row rejected \\(written to "
                + java.util.regex.Pattern.quote(file + ".rejects.csv") + "\\)"), output.get(0));
        assertEquals("  line 3: PermitNum \"ZCLS-1\" is repeated (first on line 2)", output.get(output.size() - 1));
        assertEquals(2, Files.readAllLines(folder.resolve("skip.csv.rejects.csv")).size());
        assertEquals(2, new PermitSearchService(db.database()).search("zcls").permits().size());
    }

    @DatabaseTest
    void aFileThatIsNotBldsExitsWith2InOneLine(TestDb db) throws IOException {
        Path cslb = Files.write(folder.resolve("licences.csv"), List.of("1000002,ACME,ACTIVE", "1000003,BETA,ACTIVE"));

        assertEquals(2, run(db, "import-blds", cslb.toString()));

        assertEquals(cslb + " is not a BLDS permit file: its first line has no PermitNum column (it starts"
                + " \"1000002,ACME,ACTIVE\"). Nothing was imported.", err.toString().strip());
    }

    @DatabaseTest
    void exportWritesTheAppliedRangeAndSaysHowMany(TestDb db) throws IOException {
        Path file = BldsFiles.write(folder, "export.csv",
                BldsFiles.row("EXP-1", "1 Export Ave").replace("2025-03-03", "2019-03-01"),
                BldsFiles.row("EXP-2", "2 Export Ave").replace("2025-03-03", "2019-04-01"));
        assertEquals(0, run(db, "import-blds", file.toString()), err.toString());
        out.getBuffer().setLength(0);
        Path exported = folder.resolve("march.blds.csv");

        assertEquals(0, run(db, "export-blds", "--out", exported.toString(), "--from", "2019-03-01",
                "--to", "2019-03-31"), err.toString());

        assertTrue(out.toString().strip().matches("Exported 1 permit applied 2019-03-01 to 2019-03-31 to "
                + java.util.regex.Pattern.quote(exported.toString()) + " in \\d+[.,]\\d s"), out.toString());
        assertEquals(2, Files.readAllLines(exported).size());
        assertTrue(Files.readAllLines(exported).get(1).startsWith("EXP-1,"));
    }

    @DatabaseTest
    void skipInvalidWhenTheRejectsFileCannotBeWrittenImportsNothing(TestDb db) throws IOException {
        Path file = BldsFiles.write(folder, "blocked.csv", BldsFiles.row("ZBLK-1", "1 Block St"),
                BldsFiles.row("ZBLK-2", "2 Block St").replace("33.7221", "north"));
        Path rejects = Files.createDirectory(folder.resolve("blocked.csv.rejects.csv"));

        assertEquals(2, run(db, "import-blds", "--skip-invalid", file.toString()));

        assertEquals("The rejected rows cannot be written to " + rejects + ": it is not a regular file (a folder)"
                + " (move the file to import into a folder you can write to). Nothing was imported.",
                err.toString().strip());
        assertEquals(List.of(), new PermitSearchService(db.database()).search("zblk").permits());
        assertTrue(Files.isDirectory(rejects));
    }

    @DatabaseTest
    void rejectedRowsAreListedEscapedAndCut(TestDb db) throws IOException {
        Path file = BldsFiles.write(folder, "hostile.csv",
                BldsFiles.row("ZHOS-1", "1 Hostile St").replace("2025-03-03", "\"\u001b[2J\u001b[31m\nline 99: fake\""),
                BldsFiles.row("ZHOS-2", "2 Hostile St").replace("33.7221", "9".repeat(500_000))); // rows over 1 MB are refused whole

        assertEquals(1, run(db, "import-blds", file.toString()));

        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err.toString().substring(0, Math.min(500, err.toString().length())));
        assertEquals("  line 2: AppliedDate \"\\e[2J\\e[31m\\nline 99: fake\" is not a date (YYYY-MM-DD)", lines.get(1));
        assertEquals("  line 4: Latitude \"" + "9".repeat(79) + "…\" is not between -90 and 90", lines.get(2));
        assertFalse(err.toString().contains("\u001b"));
    }

    @DatabaseTest
    void aUtf16FileIsNamedAsAnEncodingToConvert(TestDb db) throws IOException {
        Path file = folder.resolve("unicode.csv");
        Files.writeString(file, BldsFiles.HEADER + "\n" + BldsFiles.row("ZU16-1", "1 Wide St") + "\n",
                java.nio.charset.StandardCharsets.UTF_16LE);

        assertEquals(2, run(db, "import-blds", file.toString()));

        assertEquals(file + " is UTF-16 text: save it as UTF-8 (in Excel: Save As → CSV UTF-8) and import again."
                + " Nothing was imported.", err.toString().strip());
    }

    @Test
    void exportRefusesAnOutThatIsNotARegularFileBeforeOpeningTheDatabase() throws IOException {
        Path emptyFolder = Files.createDirectory(folder.resolve("empty"));
        Path kept = Files.writeString(folder.resolve("kept.txt"), "keep me");
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), kept);
        String nowhere = "jdbc:postgresql://127.0.0.1:1/nowhere";

        assertEquals(2, run("export-blds", "--out", emptyFolder.toString(), "--db", nowhere));
        assertEquals(2, run("export-blds", "--out", link.toString(), "--db", nowhere));
        if (Files.exists(Path.of("/dev/full"))) {
            assertEquals(2, run("export-blds", "--out", "/dev/full", "--db", nowhere));
        }

        List<String> lines = err.toString().lines().toList();
        assertEquals("--out " + emptyFolder + " is not a regular file (a folder): give the path of a file to write"
                + " (it is replaced when complete).", lines.get(0));
        assertEquals("--out " + link + " is not a regular file (a symbolic link): give the path of a file to write"
                + " (it is replaced when complete).", lines.get(1));
        if (lines.size() > 2) {
            assertEquals("--out /dev/full is not a regular file (a device or other special file): give the path of a"
                    + " file to write (it is replaced when complete).", lines.get(2));
        }
        assertTrue(Files.isDirectory(emptyFolder));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep me", Files.readString(kept));
    }

    @Test
    void exportRefusesARangeThatEndsBeforeItStarts() {
        assertEquals(2, run("export-blds", "--out", folder.resolve("x.csv").toString(), "--from", "2025-04-01",
                "--to", "2025-03-01"));
        assertEquals("--from 2025-04-01 is after --to 2025-03-01: no permit can be in that range.", err.toString().strip());
    }

    @Test
    void aMissingFileExitsWith2BeforeOpeningTheDatabase() {
        Path missing = folder.resolve("nowhere.csv");
        assertEquals(2, run("import-blds", missing.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        assertEquals(missing + ": no such file. Nothing was imported.", err.toString().strip());
    }

    @Test
    void anUnreachableDatabaseExitsWith2InOneLine() throws IOException {
        Path file = BldsFiles.write(folder, "ok.csv", BldsFiles.row("DB-1", "1 Db St"));
        assertEquals(2, run("import-blds", file.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("Cannot open the database jdbc:postgresql://127.0.0.1:1/nowhere: "), message);
    }

    @Test
    void helpListsBothCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("import-blds"), out.toString());
        assertTrue(out.toString().contains("export-blds"), out.toString());
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
