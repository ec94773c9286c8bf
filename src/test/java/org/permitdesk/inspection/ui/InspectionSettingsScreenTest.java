package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.inspection.CorrectionLibraryService.LibraryItem;
import org.permitdesk.inspection.InspectionTypeAdminService.TypeRow;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;
import org.testfx.util.WaitForAsyncUtils;

/** An administrator opens the inspection settings and goes through the tabs. */
class InspectionSettingsScreenTest extends ScreenTest {

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

    private void signIn(String username) throws Exception {
        signIn(db.settings(), CLOCK, username);
    }

    @Test
    void anAdministratorChangesTheOfficeSeesTheHolidaysDistrictsLibraryAndInspectionTypes() throws Exception {
        signIn("admin");
        clickOn("#section-administration");
        clickOn("#section-inspection_settings");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "15:00".equals(lookup("#cutoffField").queryTextInputControl().getText()));
        assertEquals("33.7222", lookup("#latitudeField").queryTextInputControl().getText());
        doubleClickOn("#latitudeField").eraseText(12).write("95");
        Label problems = lookup("#officeProblems").query();
        assertTrue(problems.getText().contains("latitude is a number of degrees from -90 to 90"), problems.getText());
        assertTrue(lookup("#saveOfficeButton").queryButton().isDisabled());
        interact(() -> ScreenCapture.save(problems.getScene(), "inspection-settings-office-problem"));
        doubleClickOn("#latitudeField").eraseText(12).write("33.7230");
        clickOn("#saveOfficeButton");
        Label saved = lookup("#officeMessage").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> saved.getText().startsWith("Saved. Routes start from 33.723,"));
        interact(() -> ScreenCapture.save(saved.getScene(), "inspection-settings-office"));

        clickOn("City holidays");
        TableView<?> holidays = lookup("#holidayTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !holidays.getItems().isEmpty()
                || lookup("#holidayTable").queryTableView().getPlaceholder().isVisible());
        java.time.LocalDate eve = java.time.LocalDate.of(java.time.LocalDate.now(CLOCK).getYear() + 1, 12, 23);
        javafx.scene.control.DatePicker day = lookup("#holidayDatePicker").query();
        String impossible = "2/30/" + eve.getYear();
        String notADate = impossible + " is not a date: February " + eve.getYear() + " has "
                + java.time.YearMonth.of(eve.getYear(), 2).lengthOfMonth() + " days.";
        clickOn(day.getEditor()).write(impossible);
        clickOn("#holidayNameField").write("Winter break");
        clickOn("#addHolidayButton");
        Label holidayMessage = lookup("#holidayMessage").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notADate.equals(holidayMessage.getText()));
        assertEquals(notADate, ((Label) lookup("#holidayDateProblem").query()).getText(), "said beside the field");
        assertEquals(impossible, day.getEditor().getText(), "what was typed is kept");
        assertEquals(null, day.getValue(), "not read as the last day of February");
        interact(() -> ScreenCapture.save(holidayMessage.getScene(), "inspection-settings-impossible-holiday"));
        interact(() -> day.getEditor().clear());
        clickOn(day.getEditor()).write(day.getConverter().toString(eve));
        clickOn("#addHolidayButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> holidayMessage.getText().startsWith("Added "));
        assertEquals(eve.getYear(), lookup("#yearBox").queryComboBox().getValue(), "the list shows the new holiday's year");
        // "Added" is said first; the holiday list reloads in its own background call just after.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("Winter break").tryQuery().isPresent());
        interact(() -> ScreenCapture.save(saved.getScene(), "inspection-settings-holidays"));

        clickOn("Inspectors' districts");
        TableView<?> districts = lookup("#districtTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !districts.getItems().isEmpty());
        assertTrue(lookup("none (anywhere)").tryQuery().isPresent(), "Ray has no district yet");
        interact(() -> ScreenCapture.save(saved.getScene(), "inspection-settings-districts"));

        clickOn("Correction library");
        TableView<LibraryItem> library = lookup("#libraryTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> library.getItems().size() >= 10);
        clickOn("#librarySearchField").write("smoke");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> library.getItems().size() == 1);
        clickOn("CRC R314.3");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "CRC R314.3".equals(lookup("#libraryCodeField").queryTextInputControl().getText()));
        interact(() -> ScreenCapture.save(saved.getScene(), "inspection-settings-library"));

        clickOn("Inspection types");
        TableView<TypeRow> types = lookup("#inspTypeTable").queryTableView();
        clickOn("Building  (B)");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> types.getItems().size() == 7);
        assertEquals("FINAL", types.getItems().get(6).code());
        clickOn("Framing");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "Framing".equals(lookup("#inspTypeNameField").queryTextInputControl().getText()));
        assertTrue(lookup("#inspTypeRequiredCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        interact(() -> ScreenCapture.save(saved.getScene(), "inspection-settings-types"));
    }

    @Test
    void aSupervisorHasNoInspectionSettings() throws Exception {
        signIn("supervisor");
        assertTrue(lookup("#section-inspection_board").tryQuery().isPresent());
        assertTrue(lookup("#section-administration").tryQuery().isEmpty());
    }
}
