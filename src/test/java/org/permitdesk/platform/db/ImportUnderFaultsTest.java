package org.permitdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.bench.BldsFileGenerator;
import org.permitdesk.bench.CslbFileGenerator;
import org.permitdesk.platform.AppHome;

/**
 * Imports into the embedded H2 database of a data folder under the faults of issue 17, each in a child JVM running
 * the real command line: killed during the commit ({@code kill -9}'s effect, see {@link CommandKilledAtCommit}) the
 * database is afterwards exactly as before and the import runs again; a full disk (a small tmpfs, root only) ends
 * the command in one line with exit code 2 and leaves the database as before.
 */
class ImportUnderFaultsTest {

    private static final int PERMITS = 3_000;
    private static final String PERMIT_COUNTS = "SELECT (SELECT COUNT(*) FROM permit) || '/' || (SELECT COUNT(*) FROM"
            + " permit_type) || '/' || (SELECT COUNT(*) FROM site) || '/' || (SELECT COUNT(*) FROM permit_search_term)";
    private static final String LICENCES = "SELECT COUNT(*) || '/' || COALESCE(SUM(licence_number), 0) || '/'"
            + " || COALESCE(MAX(business_name), '') FROM cslb_licence";

    @TempDir
    Path work;

    @Test
    void aBldsImportKilledDuringItsCommitLeavesNothingAndRunsAgain() throws Exception {
        Path home = work.resolve("home");
        assertEquals(0, run(home, -1, "demo-data", "--permits=50").exit);
        Path file = work.resolve("permits.blds.csv");
        BldsFileGenerator.main(new String[] {file.toString(), String.valueOf(PERMITS)});
        String before = query(home, PERMIT_COUNTS);

        for (long delay : new long[] {0, 30}) {
            Result killed = run(home, delay, "import-blds", file.toString());
            assertEquals(CommandKilledAtCommit.KILLED_EXIT, killed.exit, killed.toString());
            assertEquals(before, query(home, PERMIT_COUNTS), "permits/types/sites/terms after a kill " + delay
                    + " ms into the commit");
        }
        Result again = run(home, -1, "import-blds", file.toString());
        assertEquals(0, again.exit, again.toString());
        long permitsBefore = Long.parseLong(before.substring(0, before.indexOf('/')));
        String after = query(home, PERMIT_COUNTS);
        assertEquals(permitsBefore + PERMITS, Long.parseLong(after.substring(0, after.indexOf('/'))), after);
        assertFalse(Files.exists(home.resolve("db").resolve("before-import.zip")), "the safety copy is removed");
    }

    @Test
    void aCslbImportKilledDuringItsCommitKeepsTheOldLicences() throws Exception {
        Path home = work.resolve("home");
        Path old = work.resolve("old.csv");
        Path fresh = work.resolve("new.csv");
        CslbFileGenerator.main(new String[] {old.toString(), "300", "1"});
        CslbFileGenerator.main(new String[] {fresh.toString(), "20000", "2"});
        assertEquals(0, run(home, -1, "import-cslb", old.toString()).exit);
        String before = query(home, LICENCES);
        assertTrue(before.startsWith("300/"), before);

        Result killed = run(home, 0, "import-cslb", fresh.toString());
        assertEquals(CommandKilledAtCommit.KILLED_EXIT, killed.exit, killed.toString());
        assertEquals(before, query(home, LICENCES), "the old licences, all of them and only them");

        Result again = run(home, -1, "import-cslb", fresh.toString());
        assertEquals(0, again.exit, again.toString());
        assertTrue(query(home, LICENCES).startsWith("20000/"));
    }

    @Test
    void aFullDiskEndsTheImportInOneLineAndLeavesTheDatabaseAsItWas() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: simulating a full disk mounts a small tmpfs, which needs root");
        Path home = work.resolve("small-disk");
        Files.createDirectories(home);
        Result mount = command(List.of("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", home.toString()), Map.of());
        assumeTrue(mount.exit == 0, "skipped: cannot mount a tmpfs here (" + mount + ")");
        try {
            assertEquals(0, run(home, -1, "demo-data", "--permits=20").exit);
            Path file = work.resolve("permits.blds.csv");
            BldsFileGenerator.main(new String[] {file.toString(), String.valueOf(3 * PERMITS)});
            String before = query(home, PERMIT_COUNTS);

            Result full = run(home, -1, "import-blds", file.toString());

            assertEquals(2, full.exit, full.toString());
            List<String> lines = full.stderr.lines().filter(line -> !line.contains("rows read")).toList();
            assertEquals(1, lines.size(), full.stderr);
            assertTrue(lines.get(0).startsWith("The disk holding " + home.resolve("db")) && lines.get(0).contains(
                    "is full") && lines.get(0).endsWith("Nothing was imported."), lines.get(0));
            assertEquals(before, query(home, PERMIT_COUNTS), "the database as it was before the import");
        } finally {
            command(List.of("umount", home.toString()), Map.of());
        }
    }

    /** The permit counts, read by opening the data folder's database as any PermitDesk start does. */
    private static String query(Path home, String sql) {
        AppHome appHome = AppHome.fromEnvironment(Map.of("PERMITDESK_HOME", home.toString()), Map.of());
        try (Database database = Database.openForJdbc(EmbeddedDatabase.settings(appHome))) {
            return database.text(sql).orElseThrow();
        }
    }

    private record Result(int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + stdout + "\n" + stderr;
        }
    }

    private Result run(Path home, long killDelay, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CommandKilledAtCommit.class.getName(),
                String.valueOf(killDelay)));
        command.addAll(List.of(arguments));
        return command(command, Map.of("PERMITDESK_HOME", home.toString()));
    }

    /** Runs {@code command}; one that still runs after 4 minutes (a hung import) is killed and fails the test. */
    private Result command(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after 4 minutes, killed: " + command + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
