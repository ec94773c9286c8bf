package org.permitdesk.account.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;

/** An administrator opens the CSLB licence screen; a clerk does not see it. */
class LicenceFileScreenTest extends ScreenTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static TestDb db;

    @BeforeAll
    static void fillDatabase() {
        db = TestDb.create(TestDb.Kind.H2);
        try (PermitDesk services = PermitDesk.open(db.settings(), CLOCK)) {
            services.demoData().addDemoUsers(services.staff().users());
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void anAdministratorSeesHowManyLicencesAreStoredAndCanImport() throws Exception {
        signIn(db.settings(), CLOCK, "admin");
        clickOn("#section-administration");
        clickOn("#section-licences");
        Label stored = lookup("#storedLabel").query();
        waitUntil(30, () -> stored.getText().startsWith("No licences stored yet."));
        assertTrue(lookup("#importButton").tryQuery().isPresent());
        interact(() -> ScreenCapture.save(stored.getScene(), "licences"));

        clickOn("#section-administration");
        clickOn("#section-permit_types");
        waitUntil(30,
                () -> !lookup("#typeList").queryListView().getItems().isEmpty());
        clickOn("Water Heater  (WH)");
        waitUntil(30,
                () -> !lookup("#feeTable").queryTableView().getItems().isEmpty());
        assertTrue(((Label) lookup("#typeExample").query()).getText().startsWith("The next number will look like WH"));
        interact(() -> ScreenCapture.save(stored.getScene(), "permit-types"));

        clickOn("#section-inspection_board");
        waitUntil(30, () -> lookup("#boardTable").tryQuery().isPresent());
        interact(() -> ScreenCapture.save(stored.getScene(), "assignment-board"));
    }

    @Test
    void aClerkHasNoLicenceFileSection() throws Exception {
        signIn(db.settings(), CLOCK, "clerk");
        assertTrue(lookup("#section-requests").tryQuery().isPresent());
        assertTrue(lookup("#section-administration").tryQuery().isEmpty());
    }
}
