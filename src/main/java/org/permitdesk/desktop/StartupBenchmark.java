package org.permitdesk.desktop;

import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.permitdesk.staff.ui.SignInViewModel;

/**
 * {@code -Dpermitdesk.startupBenchmark} (bench/startup-benchmark.sh): signs in as the demo clerk as soon as the
 * database is ready, prints the time from the start to the main window, and closes the app.
 */
final class StartupBenchmark {

    private static final String PROPERTY = "permitdesk.startupBenchmark";

    private StartupBenchmark() {
    }

    static boolean requested() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Signs in as the demo clerk, when the benchmark runs. */
    static void signIn(SignInViewModel signIn) {
        if (requested()) {
            signIn.usernameProperty().set("clerk");
            signIn.passwordProperty().set("demo");
            signIn.signIn();
        }
    }

    /** Prints "startup-to-main-window-ms=…" and closes the app, when the benchmark runs. */
    static void mainWindowShown(Stage stage, LongSupplier millisSinceLaunch) {
        if (requested()) {
            Platform.runLater(() -> {
                System.out.println("startup-to-main-window-ms=" + millisSinceLaunch.getAsLong());
                stage.close();
            });
        }
    }
}
