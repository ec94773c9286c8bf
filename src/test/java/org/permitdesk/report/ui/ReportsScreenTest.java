package org.permitdesk.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;

/** A supervisor shows this month's issued / finaled report on screen; a mistyped day is flagged and kept. */
class ReportsScreenTest extends ScreenTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static TestDb db;
    private static String issued;

    @BeforeAll
    static void fillDatabase() {
        db = TestDb.create(TestDb.Kind.H2);
        try (PermitDesk services = PermitDesk.open(db.settings(), CLOCK)) {
            services.demoData().addDemoUsers(services.staff().users());
            issued = "B" + UUID.randomUUID().toString().substring(0, 8);
            long id = TestPermits.create(services.context().database(), issued, "12 Report Ct", "014-320-012", "Lee Ortiz", null);
            services.context().database().inTransaction(session -> session.createNativeMutationQuery(
                    "UPDATE permit SET status = 'ISSUED', issued_date = :day, valuation = 12500 WHERE id = :id")
                    .setParameter("day", LocalDate.now(CLOCK)).setParameter("id", id).executeUpdate());
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        signIn(db.settings(), CLOCK, "supervisor");
        waitUntil(30, () -> lookup("#section-reports").tryQuery().isPresent());
        clickOn("#section-reports");
        waitUntil(30, () -> lookup("#runButton").tryQuery().isPresent());
    }

    @Test
    void thisMonthsIssuedAndFinaledReportIsShownOnScreen() {
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Label status = lookup("#reportStatusLabel").query();
        waitUntil(60, () -> status.getText().contains("1 issued, 0 finaled"));
        ImageView page = lookup("#pageView").query();
        waitUntil(30, () -> page.getImage() != null);
        assertEquals("Page 1 of 1", ((Label) lookup("#pageLabel").query()).getText());
        interact(() -> ScreenCapture.save(page.getScene(), "reports-issued-finaled"));
    }

    @Test
    void aMistypedDayIsFlaggedAndWhatWasTypedIsKept() {
        DatePicker from = lookup("#fromPicker").query();
        interact(() -> from.getEditor().clear());
        clickOn(from.getEditor()).write("2/30/2027");
        Label problems = lookup("#problemsLabel").query();
        waitUntil(10, () -> problems.getText().startsWith("First day: 2/30/2027 is not a date: February 2027 has 28 days."));
        assertTrue(lookup("#runButton").queryButton().isDisabled());
        clickOn("#toPicker");
        assertEquals("2/30/2027", from.getEditor().getText());
        interact(() -> ScreenCapture.save(from.getScene(), "reports-mistyped-day"));
    }

}
