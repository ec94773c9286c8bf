package org.permitdesk;

import java.util.Map;
import org.permitdesk.cli.PermitDeskCommand;
import org.permitdesk.platform.AppHome;

/**
 * Plain entry point: {@code java -jar permitdesk.jar [command]}. A class that does not extend a JavaFX
 * type, so the app starts from the class path. With no command it opens the desktop app.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppHome home = AppHome.fromEnvironment(System.getenv(),
                Map.of("user.home", System.getProperty("user.home", "."), "os.name", System.getProperty("os.name", "")));
        System.setProperty("permitdesk.logDir", home.logFolder().toString());
        int exitCode = PermitDeskCommand.commandLine().execute(args);
        System.exit(exitCode);
    }
}
