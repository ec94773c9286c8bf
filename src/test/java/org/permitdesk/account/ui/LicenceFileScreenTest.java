package org.permitdesk.account.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.PermitDeskApp;
import org.permitdesk.Services;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.TestDb;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An administrator opens the CSLB licence screen; a clerk does not see it. */
class LicenceFileScreenTest extends FxRobot {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static TestDb db;

    @BeforeAll
    static void fillDatabase() {
        db = TestDb.create(TestDb.Kind.H2);
        try (Services services = Services.open(db.settings(), CLOCK)) {
            services.demoData().addDemoUsers(services.staff());
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void signIn(String username) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new PermitDeskApp(() -> Services.open(db.settings(), CLOCK), "Test database",
                TaskRunner.withThreadPool(Platform::runLater), CLOCK, () -> { }).start(stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#databaseLabel").queryLabeled().getText().isEmpty());
        clickOn("#usernameField").write(username);
        clickOn("#passwordField").write("demo").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#section-permits").tryQuery().isPresent());
    }

    @Test
    void anAdministratorSeesHowManyLicencesAreStoredAndCanImport() throws Exception {
        signIn("admin");
        clickOn("#section-administration");
        clickOn("#section-licences");
        Label stored = lookup("#storedLabel").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stored.getText().startsWith("No licences stored yet."));
        assertTrue(lookup("#importButton").tryQuery().isPresent());
        interact(() -> ScreenCapture.save(stored.getScene(), "licences"));

        clickOn("#section-administration");
        clickOn("#section-permit_types");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !lookup("#typeList").queryListView().getItems().isEmpty());
        clickOn("Water Heater  (WH)");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !lookup("#feeTable").queryTableView().getItems().isEmpty());
        assertTrue(((Label) lookup("#typeExample").query()).getText().startsWith("The next number will look like WH"));
        interact(() -> ScreenCapture.save(stored.getScene(), "permit-types"));

        clickOn("#section-inspection_board");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#boardTable").tryQuery().isPresent());
        interact(() -> ScreenCapture.save(stored.getScene(), "assignment-board"));
    }

    @Test
    void aClerkHasNoLicenceFileSection() throws Exception {
        signIn("clerk");
        assertTrue(lookup("#section-requests").tryQuery().isPresent());
        assertTrue(lookup("#section-administration").tryQuery().isEmpty());
    }
}
