package org.permitdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permitdesk.desktop.PermitDeskApp;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.TestDb;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.permitdesk.testing.TestUsers;

/** Drives the real screens headless: a clerk signs in and finds a permit by part of its address. */
class SignInAndSearchTest extends FxRobot {

    private static TestDb db;
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @BeforeAll
    static void fillDatabase() {
        db = TestDb.create(TestDb.Kind.H2);
        try (PermitDesk services = PermitDesk.open(db.settings(), CLOCK)) {
            services.demoData().addDemoUsers(services.staff().users());
            services.demoData().addPermits(300, 5L, done -> { });
            TestPermits.create(services.context().database(), "B2611-432", "1432 N Quillback Ave", "014-320-432",
                    "Siobhan O'Brien", "Desert Sun Roofing Inc");
            StaffService staff = new StaffService(services.context().database(), new PasswordHasher(), CLOCK);
            staff.createUser("locky", "Lou Locked", "the right one", EnumSet.of(Role.CLERK), TestUsers.ADMIN);
            for (int i = 0; i < 5; i++) {
                staff.signIn("locky", "wrong " + i);
            }
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new PermitDeskApp(() -> PermitDesk.open(db.settings(), CLOCK), "Test database",
                TaskRunner.withThreadPool(Platform::runLater), CLOCK, () -> { }).start(stage));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#databaseLabel").queryLabeled().getText().isEmpty());
    }

    /** Waits for {@code condition}; on time-out says what the screen showed instead. */
    private void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            String screen = lookup(".label").queryAll().stream().map(node -> ((Label) node).getText())
                    .filter(text -> text != null && !text.isBlank()).toList().toString();
            String fields = lookup(".text-field").queryAll().stream()
                    .map(node -> ((javafx.scene.control.TextInputControl) node).getText()).toList().toString();
            throw new AssertionError("Timed out; labels on screen: " + screen + "; fields: " + fields, e);
        }
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aClerkSignsInAndFindsAPermitByTypingPartOfItsAddress() {
        assertTrue(lookup("#demoHintLabel").queryLabeled().getText().contains("password: demo"),
                "the demo database shows its demo sign-ins");
        clickOn("#usernameField").write("clerk");
        clickOn("#passwordField").write("demo").type(KeyCode.ENTER);
        waitUntil(30, () -> lookup("#queryField").tryQuery().isPresent());
        assertTrue(lookup("#userLabel").queryLabeled().getText().startsWith("Carmen Ortiz"));

        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        write("quillb");
        TableView<?> results = lookup("#resultsTable").queryTableView();
        Labeled status = from(results.getScene().getRoot()).lookup("#statusLabel").queryLabeled();
        // the list and the status line are set one after the other on the JavaFX thread: wait for both
        waitUntil(30, () -> results.getItems().size() == 1 && "1 permit".equals(status.getText()));
        assertEquals("1 permit", status.getText());
        interact(() -> org.permitdesk.testing.ScreenCapture.save(results.getScene(), "permit-search"));

        type(KeyCode.DOWN).type(KeyCode.ENTER);
        TabPane tabs = lookup("#tabs").query();
        waitUntil(30, () -> "B2611-432".equals(tabs.getSelectionModel().getSelectedItem().getText()));
        waitUntil(30, () -> lookup("1432 N Quillback Ave, Palm Valley, CA 92260").tryQuery().isPresent());
        waitUntil(10, () -> lookup("Desert Sun Roofing Inc").tryQuery().isPresent()); // the contractor is listed
        assertEquals("Applied", ((Label) lookup("#statusBadge").query()).getText());
        waitUntil(30, () -> lookup("#action-start_review").tryQuery().isPresent());
        interact(() -> org.permitdesk.testing.ScreenCapture.save(tabs.getScene(), "permit-detail"));

        press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tabs.getTabs().size(), "Ctrl+W closes the permit tab");
        assertEquals("quillb", lookup("#queryField").queryTextInputControl().getText(), "the search is kept");
    }

    @Test
    void aLockedAccountSaysSoEvenWithTheRightPassword() {
        clickOn("#usernameField").write("locky");
        clickOn("#passwordField").write("the right one").type(KeyCode.ENTER);
        Label message = lookup("#messageLabel").query();
        waitUntil(30, () -> message.getText().startsWith("This account is locked"));
        assertTrue(message.getText().contains("or ask an administrator"), message.getText());
        assertEquals("locky", lookup("#usernameField").queryTextInputControl().getText(), "the username stays");
        assertTrue(lookup("#queryField").tryQuery().isEmpty(), "still on the sign-in window");
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheUsername() {
        clickOn("#usernameField").write("clerk");
        clickOn("#passwordField").write("not-it").type(KeyCode.ENTER);
        Label message = lookup("#messageLabel").query();
        waitUntil(30, () -> message.getText().startsWith("Wrong username or password."));
        assertEquals("clerk", lookup("#usernameField").queryTextInputControl().getText());
    }
}
