package org.permitdesk.cli;

import java.util.Map;
import java.util.Objects;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.db.DatabaseSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The database options, declared once on {@code permitdesk} and inherited by every command: {@code --db X report
 * …}, {@code report --db X …} and {@code report … --db X} all set the same field here (picocli's inherited copies
 * keep the binding to these setters). The same option given twice with different values is refused.
 */
public final class DatabaseOptions {

    static final String URL = "--db";
    static final String USER = "--db-user";
    static final String PASSWORD = "--db-password";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private String url;
    private String user;
    private String password;

    @Option(names = URL, paramLabel = "JDBC_URL", scope = ScopeType.INHERIT, order = 100,
            description = "Database to use, e.g. jdbc:postgresql://dbhost:5432/permitdesk "
                    + "(default: $PERMITDESK_DB_URL, then db.url in the settings file, then the embedded database)")
    void url(String given) {
        url = once(URL, url, given);
    }

    @Option(names = USER, paramLabel = "USER", scope = ScopeType.INHERIT, order = 101,
            description = "Database user (default: $PERMITDESK_DB_USER)")
    void user(String given) {
        user = once(USER, user, given);
    }

    @Option(names = PASSWORD, paramLabel = "PASSWORD", scope = ScopeType.INHERIT, order = 102,
            description = "Database password (default: $PERMITDESK_DB_PASSWORD)")
    void password(String given) {
        password = once(PASSWORD, password, given);
    }

    /** The options of this command line, wherever they were given (they live on the top command). */
    static DatabaseOptions of(CommandSpec command) {
        return (DatabaseOptions) command.root().mixins().get("database").userObject();
    }

    /** Whether any of the options was given. */
    boolean given() {
        return url != null || user != null || password != null;
    }

    public DatabaseSettings settings() {
        Map<String, String> env = System.getenv();
        AppHome home = AppHome.fromEnvironment(env, systemProperties());
        return DatabaseSettings.resolve(url, user, password, env, home);
    }

    static Map<String, String> systemProperties() {
        return Map.of("user.home", System.getProperty("user.home", "."), "os.name", System.getProperty("os.name", ""));
    }

    private String once(String option, String earlier, String given) {
        if (earlier != null && given != null && !Objects.equals(earlier, given)) {
            String shown = PASSWORD.equals(option) ? "" : " (" + earlier + " and " + given + ")";
            throw new GivenTwice(mixee.commandLine(), option + " is given twice with different values" + shown
                    + ": give it once.");
        }
        return given;
    }

    /** A database option given twice: one line, exit code 2 (no usage; nothing is wrong with the rest). */
    static final class GivenTwice extends CommandLine.ParameterException {
        GivenTwice(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
