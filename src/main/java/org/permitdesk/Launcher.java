package org.permitdesk;

import java.util.Map;
import java.util.OptionalInt;
import org.permitdesk.cli.PermitDeskCommand;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.ClassDataSharing;

/**
 * Plain entry point: {@code java -jar permitdesk.jar [command]}. A class that does not extend a JavaFX
 * type, so the app starts from the class path. With no arguments it opens the desktop app, normally in a second
 * JVM that uses a class data sharing archive ({@link ClassDataSharing}); commands always run in this JVM.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppHome home = AppHome.fromEnvironment(System.getenv(),
                Map.of("user.home", System.getProperty("user.home", "."), "os.name", System.getProperty("os.name", "")));
        System.setProperty("permitdesk.logDir", home.logFolder().toString());
        if (args.length == 0) {
            OptionalInt relaunched = ClassDataSharing.relaunchDesktop(home, Launcher.class);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
        }
        int exitCode = PermitDeskCommand.commandLine().execute(args);
        System.exit(exitCode);
    }
}
