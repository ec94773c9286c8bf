package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

/** A clerk enters a permit without the mouse: Ctrl+N, type, site picked from the known ones, owner, save. */
class NewPermitScreenTest extends ScreenTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static TestDb db;

    @BeforeAll
    static void fillDatabase() {
        db = TestDb.create(TestDb.Kind.H2);
        try (PermitDesk services = PermitDesk.open(db.settings(), CLOCK)) {
            services.demoData().addDemoUsers(services.staff().users());
            TestPermits.create(services.context().database(), "B2611-432", "1432 N Quillback Ave", "014-320-432",
                    "Siobhan O'Brien", null);
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void signInAsClerk() throws Exception {
        signIn(db.settings(), CLOCK, "clerk");
        waitUntil(30, () -> lookup("#newPermitButton").tryQuery().isPresent());
    }

    @Test
    void aClerkEntersAPermitWithTheKeyboardOnlyAndItOpensWithItsNumber() {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        write("water"); // at once: the form opens with the cursor in the type, and no letter is lost
        waitUntil(30, () -> lookup("#typeChoice").queryComboBox().getValue() != null);
        assertTrue(lookup("#typeChoice").query().isFocused());
        assertTrue(lookup("#typeChoice").queryComboBox().getValue().toString().startsWith("Water Heater"));
        type(KeyCode.TAB).type(KeyCode.TAB);
        write("1432 n q");
        waitUntil(10, () -> !lookup("#siteList").queryListView().getItems().isEmpty());
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(10, () -> "014-320-432".equals(lookup("#parcelField").queryTextInputControl().getText()));
        write("Siobhan O'Brien").type(KeyCode.TAB).write("760 555 0100");
        clickOn("#valuationField").write("1,850.00");
        // ↓ picks the SMIP category without opening its list, and Tab goes on to the description
        type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.TAB).write("Replace 50 gal water heater");
        waitUntil(10, () -> lookup("#smipChoice").query() instanceof javafx.scene.control.ChoiceBox<?> choice
                && choice.getValue() != null);
        Label estimate = lookup("#feeEstimateLabel").query();
        waitUntil(10, () -> estimate.getText().contains("SMIP") && estimate.getText().contains("total $"));
        assertEquals("Replace 50 gal water heater", lookup("#descriptionField").queryTextInputControl().getText());
        interact(() -> ScreenCapture.save(lookup("#saveButton").query().getScene(), "new-permit"));
        assertEquals("", ((Label) lookup("#problemsLabel").query()).getText());
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        TabPane tabs = lookup("#tabs").query();
        waitUntil(30, () -> tabs.getSelectionModel().getSelectedItem().getText().startsWith("WH"));
        waitUntil(30, () -> lookup("1432 N Quillback Ave, Palm Valley, CA 92260").tryQuery().isPresent());

        // The fees assessed on saving are on the permit; the whole balance is taken in cash with the keyboard.
        Label totals = lookup("#totalsLabel").query();
        waitUntil(30, () -> totals.getText().startsWith("Total $") && !totals.getText().endsWith("Balance due $0.00"));
        // Issuing is refused while fees are due, and the permit says why.
        clickOn("#action-start_review");
        waitUntil(30, () -> lookup("#action-approve").tryQuery().isPresent());
        clickOn("#action-approve");
        waitUntil(30, () -> lookup("#blockers-issue").tryQuery().isPresent());
        assertTrue(lookup("#action-issue").queryButton().isDisabled());
        assertTrue(((Label) lookup("#blockers-issue").query()).getText().startsWith("Why can't I issue this? Fees due: $"),
                ((Label) lookup("#blockers-issue").query()).getText());
        interact(() -> ScreenCapture.save(totals.getScene(), "issue-refused"));

        interact(() -> lookup("#paymentButton").query().requestFocus());
        type(KeyCode.SPACE);
        waitUntil(10, () -> lookup("Take payment").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(30, () -> totals.getText().endsWith("Balance due $0.00"));
        assertEquals(1, lookup("#paymentsTable").queryTableView().getItems().size());
        waitUntil(30, () -> lookup("#action-issue").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    @Test
    void whatIsMissingIsListedAndNothingIsSaved() {
        clickOn("#newPermitButton");
        waitUntil(30, () -> lookup("#saveButton").tryQuery().isPresent());
        Label problems = lookup("#problemsLabel").query();
        assertEquals("Choose the permit type.", problems.getText());
        clickOn("#saveButton");
        waitUntil(10, () -> ((Label) lookup("#messageLabel").query()).getText().startsWith("Not saved yet"));
    }

    @Test
    void ctrlSTwiceMakesOnePermitAndTheFormBecomesThatPermit() {
        String description = "Replace water heater, saved twice " + System.nanoTime();
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        write("water");
        waitUntil(30, () -> lookup("#typeChoice").queryComboBox().getValue() != null);
        clickOn("#siteField").write("5 Double Save Dr");
        clickOn("#ownerNameField").write("Dora Double");
        clickOn("#valuationField").write("0");
        clickOn("#descriptionField").write(description);
        waitUntil(10, () -> ((Label) lookup("#problemsLabel").query()).getText().isEmpty());

        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        TabPane tabs = lookup("#tabs").query();
        waitUntil(30, () -> tabs.getSelectionModel().getSelectedItem().getText().startsWith("WH"));
        assertEquals(List.of(), tabs.getTabs().stream().map(Tab::getText).filter("New permit"::equals).toList(),
                "the form has become the saved permit: no New permit tab is left to save again");
        assertEquals(1, db.database().count("SELECT COUNT(*) FROM permit WHERE description = ?", description));
    }
}
