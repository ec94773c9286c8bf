package org.permitdesk.testing;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.permitdesk.desktop.PermitDeskApp;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.ui.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX test of real screens (headless under Monocle): start the whole app and sign in, or show one view on its
 * own stage; wait for what a user would wait for, and on a timeout say which labels were on screen.
 */
public abstract class ScreenTest extends FxRobot {

    @AfterEach
    void closeScreens() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Starts the desktop app on {@code settings} and signs in as a demo user (password "demo"). */
    protected void signIn(DatabaseSettings settings, Clock clock, String username) throws Exception {
        signIn(() -> PermitDesk.open(settings, clock), clock, username);
    }

    /** Starts the desktop app with the services {@code open} opens and signs in as a demo user (password "demo"). */
    protected void signIn(Callable<PermitDesk> open, Clock clock, String username) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new PermitDeskApp(open, "Test database",
                TaskRunner.withThreadPool(Platform::runLater), clock, () -> { }).start(stage));
        waitUntil(60, () -> !lookup("#databaseLabel").queryLabeled().getText().isEmpty());
        clickOn("#usernameField").write(username);
        clickOn("#passwordField").write("demo").type(KeyCode.ENTER);
        waitUntil(30, () -> lookup("#section-permits").tryQuery().isPresent());
    }

    /** Shows one view (FXML and view model) on a 1200 × 760 stage with the app's style sheet. */
    protected void show(Supplier<Object> view) throws Exception {
        show(view, 1200, 760);
    }

    /** Shows one view on a stage of the given size with the app's style sheet. */
    protected void show(Supplier<Object> view, double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Parent root = ViewLoader.withDefaultBundle().load(view.get());
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(ScreenTest.class.getResource("/org/permitdesk/ui/permitdesk.css").toExternalForm());
            stage.setScene(scene);
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition} holds, then for pending JavaFX events. */
    protected void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            String screen = lookup(".label").queryAll().stream().map(node -> ((Label) node).getText())
                    .filter(text -> text != null && !text.isBlank()).toList().toString();
            throw new AssertionError("Timed out; labels on screen: " + screen, e);
        }
    }
}
