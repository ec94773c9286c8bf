package org.permitdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.platform.AppContext;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.web.DatabaseRole;
import org.permitdesk.web.PublicWeb;
import org.permitdesk.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code web [--port 8080] [--bind 127.0.0.1]}: serves the public web view until stopped. It reads the database only
 * (never migrates it, writes nothing at start), refuses a schema older or newer than it understands, and refuses a
 * database role that can change permits unless {@code --allow-writer-role}. On a brand-new data folder it first
 * creates the embedded demo database, as the desktop app does.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Serves the public web view (permit search, permit pages, issued/finaled lists, open data)"
                + " until stopped with Ctrl+C. On PostgreSQL it connects as a read-only role: --print-role-sql"
                + " prints the SQL that creates it.",
            "Exit codes: 0 stopped (or SQL printed), 2 the database cannot be used or the role can write,"
                    + " or the port is taken."})
public final class WebCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on"
            + " (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen"
            + " on (default: ${DEFAULT-VALUE}; put a reverse proxy with TLS in front of it).")
    String bind;

    @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "" + WebSettings.DEFAULT_REQUESTS_PER_MINUTE,
            description = "Most requests one client may make in a minute, then a friendly 429 page (0: no limit;"
                    + " default: ${DEFAULT-VALUE}).")
    int requestsPerMinute;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",", description = "Address of a reverse"
            + " proxy whose X-Forwarded-For header names the client (for the rate limit); may be repeated.")
    List<String> trustedProxies = List.of();

    @Option(names = "--allow-writer-role", description = "Start even when the database role can change permits"
            + " (to try the web view on the embedded database or a test server).")
    boolean allowWriterRole;

    @Option(names = "--print-role-sql", description = "Print the PostgreSQL SQL that creates the read-only role"
            + " permitdesk_web, and exit.")
    boolean printRoleSql;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (printRoleSql) {
            out.print(DatabaseRole.ROLE_SQL);
            out.flush();
            return 0;
        }
        if (port < 0 || port > 65_535) {
            err.println("--port " + port + " is not a port: give a number from 1 to 65535 (0: any free port).");
            return 2;
        }
        DatabaseSettings settings = DatabaseOptions.of(spec).settings();
        Clock clock = Clock.systemDefaultZone();
        try {
            createDemoDatabaseWhenNew(settings, clock, out);
            AppContext context = AppContext.openForReading(settings, clock, AppContext.homeFromEnvironment(),
                    "upgrade it by starting the PermitDesk desktop app (or a PermitDesk command run by the role that"
                    + " owns the database) once, then start the web view again.");
            Database database = context.database();
            Optional<String> writer = allowWriterRole ? Optional.empty() : DatabaseRole.writerProblem(database);
            if (writer.isPresent()) {
                database.close();
                err.println(writer.get());
                err.flush();
                return 2;
            }
            PublicWeb web = new PublicWeb(database, context.clock(), new WebSettings(bind, port, requestsPerMinute,
                    Set.copyOf(trustedProxies)));
            int listening;
            try {
                listening = web.start();
            } catch (RuntimeException e) {
                web.close();
                database.close();
                throw new UserFacingException("Cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                        + "): choose another --port or --bind.", e);
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                web.close();
                database.close();
                stopped.countDown();
            }, "permitdesk-web-stop"));
            out.println("PermitDesk public web view on http://" + (bind.contains(":") ? "[" + bind + "]" : bind)
                    + ":" + listening + "/ (" + (settings.embeddedDefault() ? "embedded demo database"
                    : settings.displayUrl()) + "); Ctrl+C stops it.");
            out.flush();
            stopped.await();
            return 0;
        } catch (UserFacingException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** On a brand-new data folder, the demo database the desktop app would make (the only time web writes). */
    private static void createDemoDatabaseWhenNew(DatabaseSettings settings, Clock clock, PrintWriter out) {
        if (!settings.embeddedDefault()) {
            return;
        }
        AppHome home = AppHome.fromEnvironment(System.getenv(), DatabaseOptions.systemProperties());
        Path file = home.embeddedDatabase().resolveSibling(home.embeddedDatabase().getFileName() + ".mv.db");
        if (Files.exists(file)) {
            return;
        }
        out.println("First start: creating the demo database in " + file.getParent() + " …");
        out.flush();
        try (PermitDesk ignored = PermitDesk.open(settings, clock).withDemoDataIfNew()) {
            // opening a new embedded database fills it with the demo permit center
        }
    }
}
