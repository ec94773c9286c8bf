package org.permitdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = PermitDeskCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheCommandsAndTheDatabaseOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("demo-data"), out.toString());
        assertTrue(out.toString().contains("--db=JDBC_URL"), out.toString());
    }

    @Test
    void versionNamesPermitDesk() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("PermitDesk "), out.toString());
    }

    @Test
    void badArgumentsPrintUsageAndExitWith2() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
        assertTrue(err.toString().contains("Usage: permitdesk"), err.toString());
        assertEquals(2, run("demo-data", "--permits", "many"));
        assertTrue(err.toString().contains("'many'"), err.toString());
    }

    @Test
    void anUnreachableDatabaseGivesOneLineAndExitCode2() {
        assertEquals(2, run("demo-data", "--permits", "5", "--db", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("Cannot open the database jdbc:postgresql://127.0.0.1:1/nowhere: "), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void demoDataAddsPermitsToTheNamedDatabase() {
        String url = "jdbc:h2:mem:cli" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        assertEquals(0, run("demo-data", "--permits", "25", "--db", url, "--db-user", "sa"));
        assertTrue(out.toString().startsWith("Added 25 demo permits to jdbc:h2:mem:cli"), out.toString());
        assertEquals(2, run("demo-data", "--permits", "0", "--db", url));
        assertTrue(err.toString().contains("--permits must be between 1 and 5000000"), err.toString());
    }

    @Test
    void theDatabaseOptionsWorkBeforeTheCommand() {
        String url = "jdbc:h2:mem:before" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        assertEquals(0, run("--db", url, "--db-user", "sa", "demo-data", "--permits", "25"), err.toString());
        assertTrue(out.toString().startsWith("Added 25 demo permits to jdbc:h2:mem:before"), out.toString());
    }

    @Test
    void everyCommandOffersTheDatabaseOptionsInItsHelp() {
        for (String command : java.util.List.of("demo-data", "add-staff-user", "import-cslb", "import-blds",
                "export-blds", "report", "report issued-finaled", "report expiring")) {
            out.getBuffer().setLength(0);
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
            args.add("--help");

            assertEquals(0, run(args.toArray(String[]::new)), command);

            assertTrue(out.toString().contains("--db=JDBC_URL"), command + ": " + out);
            assertTrue(out.toString().contains("--db-password=PASSWORD"), command + ": " + out);
        }
    }

    @Test
    void aDatabaseOptionGivenTwiceInOnePlaceIsRefusedInOneLine() {
        assertEquals(2, run("demo-data", "--permits", "5", "--db-user", "a", "--db-user", "b"));
        assertEquals("--db-user is given twice: give it once.", err.toString().strip());
    }

    @Test
    void parseRequestRefusesADatabaseOptionWhereverItIsGiven() {
        assertEquals(2, run("--db", "jdbc:h2:mem:x", "parse-request", "request.eml"));
        assertEquals(2, run("parse-request", "request.eml", "--db", "jdbc:h2:mem:x"));
        assertEquals(java.util.List.of("parse-request reads only the file and uses no database: leave out --db,"
                        + " --db-user and --db-password.", "parse-request reads only the file and uses no database:"
                        + " leave out --db, --db-user and --db-password."), err.toString().lines().toList());
        assertEquals(0, run("parse-request", "--help"));
        assertFalse(out.toString().contains("--db"), out.toString());
    }

    @Test
    void addStaffUserPrintsATemporaryPasswordThatSignsIn() {
        String url = "jdbc:h2:mem:staff" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        assertEquals(0, run("add-staff-user", "--db", url, "--username", "jlopez", "--full-name", "Juan Lopez",
                "--role", "CLERK", "--role", "INSPECTOR"));
        java.util.regex.Matcher password = java.util.regex.Pattern.compile("Temporary password: (\\S+)").matcher(out.toString());
        assertTrue(password.find(), out.toString());
        try (org.permitdesk.app.PermitDesk services = org.permitdesk.app.PermitDesk.open(
                new org.permitdesk.platform.db.DatabaseSettings(url, "", "", false), java.time.Clock.systemUTC())) {
            assertTrue(services.staff().users().signIn("jlopez", password.group(1))
                    instanceof org.permitdesk.staff.SignInResult.SignedIn);
        }
        assertEquals(2, run("add-staff-user", "--db", url, "--username", "jlopez", "--full-name", "Other",
                "--role", "CLERK"));
        assertTrue(err.toString().contains("Username \"jlopez\" is taken"), err.toString());
        assertEquals(2, run("add-staff-user", "--db", url, "--username", "x y", "--full-name", "Bad Name",
                "--role", "CLERK"));
        assertTrue(err.toString().contains("Username: use 2–60 letters"), err.toString());
        assertEquals(2, run("add-staff-user", "--db", url, "--username", "ok", "--full-name", "Ok", "--role", "MAYOR"));
        assertEquals(2, run("add-staff-user", "--db", url, "--username", "longname", "--full-name", "N".repeat(5000),
                "--role", "CLERK"));
        assertTrue(err.toString().contains("Full name: use at most 120 characters (this one has 5000)."), err.toString());
        assertEquals(2, run("add-staff-user", "--db", url, "--username", "cli", "--full-name", "Cli",
                "--role", "COMMAND_LINE"));
        assertTrue(err.toString().contains("Give a staff user one or more of the roles"), err.toString());
    }
}
