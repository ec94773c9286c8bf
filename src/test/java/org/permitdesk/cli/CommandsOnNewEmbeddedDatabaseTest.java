package org.permitdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.blds.BldsFiles;
import org.permitdesk.platform.AppContext;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.EmbeddedDatabase;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The bulk commands on a brand-new embedded database (the data folder of the tests, target/test-home): they use
 * plain JDBC only (Hibernate is never started) and write nothing but what they were asked to (no demo permits).
 */
class CommandsOnNewEmbeddedDatabaseTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ListAppender<ILoggingEvent> databaseLog = new ListAppender<>();
    private final Logger databaseLogger = (Logger) LoggerFactory.getLogger(Database.class);
    private Level levelBefore;
    private boolean listening;
    private AppHome home;

    @TempDir
    Path folder;

    @BeforeEach
    void brandNewEmbeddedDatabase() throws IOException {
        home = AppContext.homeFromEnvironment();
        // Only ever the tests' own data folder (surefire sets PERMITDESK_HOME to target/test-home).
        String set = System.getenv("PERMITDESK_HOME");
        assumeTrue(set != null && set.contains("test-home") && System.getenv("PERMITDESK_DB_URL") == null,
                "runs only with the tests' own data folder");
        deleteEmbeddedDatabase();
        levelBefore = databaseLogger.getLevel();
        databaseLogger.setLevel(Level.DEBUG);
        databaseLog.start();
        databaseLogger.addAppender(databaseLog);
        listening = true;
    }

    @AfterEach
    void removeIt() throws IOException {
        if (listening) {
            databaseLogger.detachAppender(databaseLog);
            databaseLogger.setLevel(levelBefore);
            deleteEmbeddedDatabase();
        }
    }

    @Test
    void importBldsImportsOnlyTheFilesPermitsWithoutStartingHibernate() throws Exception {
        Path file = BldsFiles.write(folder, "permits.csv", BldsFiles.row("ZNEW-1", "1 New St"),
                BldsFiles.row("ZNEW-2", "2 New St"), BldsFiles.row("ZNEW-3", "3 New St"));

        assertEquals(0, run("import-blds", file.toString()), err.toString());

        assertTrue(out.toString().startsWith("Imported 3 permits"), out.toString());
        try (Database database = Database.openForJdbc(EmbeddedDatabase.settings(home))) {
            assertEquals(3, database.count("SELECT COUNT(*) FROM permit"), "only the file's permits, no demo ones");
            assertEquals(0, database.count("SELECT COUNT(*) FROM staff_user"), "no demo users either");
        }
        assertEquals(List.of(), hibernateStarts());
    }

    @Test
    void exportBldsAndImportCslbDoNotStartHibernate() {
        Path exported = folder.resolve("out.csv");
        assertEquals(0, run("export-blds", "--out", exported.toString()), err.toString());
        assertTrue(out.toString().startsWith("Exported 0 permits"), out.toString());

        Path cslb = Path.of("..", "shared", "data", "cslb", "MasterLicenseData-sample.csv");
        assertEquals(0, run("import-cslb", cslb.toString()), err.toString());

        assertEquals(List.of(), hibernateStarts());
    }

    private List<String> hibernateStarts() {
        return databaseLog.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(message -> message.startsWith("Starting Hibernate")).toList();
    }

    private void deleteEmbeddedDatabase() throws IOException {
        Path databaseFolder = home.embeddedDatabase().getParent();
        if (Files.exists(databaseFolder)) {
            try (Stream<Path> files = Files.walk(databaseFolder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.deleteIfExists(home.databasePasswordFile());
    }

    private int run(String... args) {
        CommandLine commandLine = PermitDeskCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
