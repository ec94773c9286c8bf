package org.permitdesk;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.permitdesk.cli.PermitDeskCommand;
import org.permitdesk.desktop.PermitDeskApp;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.ClassDataSharing;
import org.permitdesk.platform.DesktopDisplay;

/**
 * Plain entry point: {@code java -jar permitdesk.jar [command]}. A class that does not extend a JavaFX
 * type, so the app starts from the class path. With no arguments it opens the desktop app, normally in a second
 * JVM that uses a class data sharing archive ({@link ClassDataSharing}); commands always run in this JVM.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * The desktop start, without the command-line parser (its classes can't be in the class data sharing
     * archive and cost about 150 ms before any start-up work). Settings come from the environment and the
     * settings file, as for {@code permitdesk} with no options.
     */
    private static int openDesktop(AppHome home) {
        try {
            return PermitDeskApp.runDesktop(DatabaseSettings.resolve(null, null, null, System.getenv(), home));
        } catch (UserFacingException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    public static void main(String[] args) {
        AppHome home = AppHome.fromEnvironment(System.getenv(),
                Map.of("user.home", System.getProperty("user.home", "."), "os.name", System.getProperty("os.name", "")));
        System.setProperty("permitdesk.logDir", home.logFolder().toString());
        try {
            home.makePrivate(); // before the first log line creates the log folder
        } catch (UserFacingException e) {
            // a command that needs the data folder says so; one that does not (a PostgreSQL URL) still runs
        }
        if (args.length == 0) {
            // Before a second JVM and JavaFX start: without a display, one line and exit code 2.
            Optional<String> noDisplay = DesktopDisplay.missingHere();
            if (noDisplay.isPresent()) {
                System.err.println(noDisplay.get());
                System.exit(2);
            }
            OptionalInt relaunched = ClassDataSharing.relaunchDesktop(home, Launcher.class);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            System.exit(openDesktop(home));
        }
        int exitCode = PermitDeskCommand.commandLine().execute(args);
        System.exit(exitCode);
    }
}
