package org.permitdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.app.Entities;
import org.permitdesk.cli.PermitDeskCommand;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;
import picocli.CommandLine;

/** {@code permitdesk web}: its refusals, the role SQL, and the embedded database shared with the desktop. */
class WebCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = PermitDeskCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String memoryUrl() {
        return "jdbc:h2:mem:webcmd_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void theRoleSqlIsPrinted() {
        assertEquals(0, run("web", "--print-role-sql"));
        assertTrue(out.toString().contains("CREATE ROLE permitdesk_web"), out.toString());
        assertTrue(out.toString().contains("GRANT SELECT ON %I TO permitdesk_web"), out.toString());
    }

    @Test
    void anOlderSchemaIsRefusedWithOneLineSayingToUpgradeIt() {
        assertEquals(2, run("web", "--db", memoryUrl(), "--db-user", "sa", "--port", "0"));
        String message = err.toString().strip();
        assertTrue(message.contains("older than this PermitDesk") && message.contains("desktop app"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aRoleThatCanChangePermitsIsRefusedUnlessAllowed() {
        String url = memoryUrl();
        Database.openForJdbc(new DatabaseSettings(url, "sa", "", false)).close();
        assertEquals(2, run("web", "--db", url, "--db-user", "sa", "--port", "0"));
        String message = err.toString().strip();
        assertTrue(message.contains("--allow-writer-role"), message);
        assertEquals(1, message.lines().count(), message);
    }

    /**
     * The desktop (this JVM, holding the embedded file like the desktop app) and the web view (another process)
     * use the same database at once: H2's automatic mixed mode. A permit saved by the desktop is on the web at once.
     */
    @Test
    void theWebViewAndTheDesktopShareTheEmbeddedDatabase(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("permitdesk").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Database desktop = Database.open(new DatabaseSettings(url, "sa", "", false), Entities.ALL)) {
            TestPermits.create(desktop, "B2611-0500", "500 Shared Way", "777-000-111", "Owner Name", null);
            Process web = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.permitdesk.Launcher", "web", "--db", url,
                    "--db-user", "sa", "--port", "0", "--allow-writer-role"))
                    .redirectErrorStream(true).start();
            try {
                int port = listeningPort(web);
                WebClient client = new WebClient(port);
                assertTrue(client.get("/permits/B2611-0500").body().contains("500 Shared Way"));
                TestPermits.create(desktop, "B2611-0501", "501 Shared Way", "777-000-112", "Owner Name", null);
                assertTrue(client.get("/search?q=shared").body().contains("2 permits match"));
            } finally {
                web.destroy();
                web.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static int listeningPort(Process web) throws Exception {
        Pattern listening = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(web.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    seen.append(line).append('\n');
                    Matcher found = listening.matcher(line);
                    if (found.find()) {
                        return Integer.parseInt(found.group(1));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("web ended without listening: " + seen);
        });
        return port.get(120, TimeUnit.SECONDS);
    }
}
