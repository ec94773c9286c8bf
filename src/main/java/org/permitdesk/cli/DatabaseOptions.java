package org.permitdesk.cli;

import java.util.Map;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.db.DatabaseSettings;
import picocli.CommandLine.Option;

/** The database options every command accepts. */
public final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database to use, e.g. jdbc:postgresql://dbhost:5432/permitdesk "
                    + "(default: $PERMITDESK_DB_URL, then db.url in the settings file, then the embedded database)")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: $PERMITDESK_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (default: $PERMITDESK_DB_PASSWORD)")
    String password;

    public DatabaseSettings settings() {
        Map<String, String> env = System.getenv();
        AppHome home = AppHome.fromEnvironment(env, systemProperties());
        return DatabaseSettings.resolve(url, user, password, env, home);
    }

    static Map<String, String> systemProperties() {
        return Map.of("user.home", System.getProperty("user.home", "."), "os.name", System.getProperty("os.name", ""));
    }
}
