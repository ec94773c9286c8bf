package org.permitdesk.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.account.AccountDetails;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;
import org.testfx.util.WaitForAsyncUtils;
import org.permitdesk.testing.TestUsers;

/**
 * Drives the requests inbox headless: a clerk pastes an emailed request, fixes the field the parser flagged,
 * creates the account, sees the temporary password once, and finds the account by its licence number;
 * a request for a licence that already has an account is blocked and offers linking instead.
 */
class AccountRequestsScreenTest extends ScreenTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final String EXISTING_LICENCE = "771234";
    private static TestDb db;
    private static Path outbox;

    @BeforeAll
    static void fillDatabase() throws Exception {
        db = TestDb.create(TestDb.Kind.H2);
        outbox = Files.createTempDirectory("permitdesk-outbox");
        try (PermitDesk services = open()) {
            services.demoData().addDemoUsers(services.staff().users());
            services.accounts().cslbImport().importFile(Path.of("..", "shared", "data", "cslb", "MasterLicenseData-sample.csv"),
                    org.permitdesk.account.cslb.CslbImportProgress.NONE, TestUsers.ADMIN);
            services.accounts().accounts().createAccount(new AccountDetails(AccountType.CONTRACTOR, EXISTING_LICENCE,
                    "Mojave Mechanical", "Lena Ortiz", "lena@mojavemech.example.com", "(760) 555-0101",
                    "1 Industrial Way, Indio, CA 92201", null), TestUsers.admin("admin"), null);
        }
    }

    private static PermitDesk open() {
        return PermitDesk.open(db.settings(), CLOCK, MailSettings.none(), new Mailer(MailSettings.none(), outbox, CLOCK),
                Optional.empty());
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void signInAsClerk() throws Exception {
        signIn(AccountRequestsScreenTest::open, CLOCK, "clerk");
        clickOn("#section-requests");
        waitUntil(30, () -> lookup("#requestList").tryQuery().isPresent());
    }

    @Test
    void aClerkFixesTheFlaggedPhoneCreatesTheAccountSeesThePasswordOnceAndFindsItByLicence() {
        paste("""
                Subject: Contractor - eTRAKiT Account Setup

                1. CSLB Number: Lic. #C10-884422
                2. Business Name: Sonoran Sparks Electric
                3. Mailing Address: 44-100 Monterey Ave
                   Palm Desert, CA 92260
                4. Contact Person Name: Rosa Delgado
                5. Contact Email: rosa@sonoransparks.example.com
                6. Contact Phone Number: call the office
                """);
        waitUntil(30, () -> "884422".equals(text("#field-cslbNumber")));
        assertEquals("44-100 Monterey Ave, Palm Desert, CA 92260", text("#field-mailingAddress"));
        Label phoneProblem = lookup("#problem-phone").query();
        assertFalse(phoneProblem.getText().isEmpty(), "the parser flags the phone");
        assertTrue(lookup("#createButton").queryButton().isDisabled(), "not with a problem left");
        Label licence = lookup("#licenceLabel").query();
        waitUntil(10, () -> licence.getText().startsWith("Licence 884422 is not in the imported CSLB licence file"));
        assertTrue(licence.getStyleClass().contains("licence-flagged"), "flagged in red");
        capture("requests-flagged");

        clickOn("#field-phone").write("760 555 0199");
        waitUntil(10, () -> phoneProblem.getText().isEmpty());
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil(30, () -> lookup("#credentialsPassword").tryQuery().isPresent());
        String password = text("#credentialsPassword");
        assertTrue(password.matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}"), password);
        assertEquals("884422", text("#credentialsUsername"));
        capture("credentials");
        closeDialogs();
        assertTrue(lookup((Node node) -> node instanceof TextInputControl input
                && input.getText() != null && input.getText().contains(password)).tryQuery().isEmpty(),
                "after closing, the password is nowhere on screen");

        clickOn("#section-accounts");
        waitUntil(30, () -> lookup("#accountTable").tryQuery().isPresent());
        clickOn("#queryField").write("884422");
        TableView<?> accounts = lookup("#accountTable").queryTableView();
        waitUntil(30, () -> accounts.getItems().size() == 1);
        capture("accounts");
    }

    @Test
    void aRequestForALicenceThatAlreadyHasAnAccountIsBlockedAndOffersLinking() {
        paste("""
                Subject: Contractor - eTRAKiT Account Setup

                CSLB Number: 771234
                Business Name: Mojave Mechanical Inc
                Mailing Address: 1 Industrial Way, Indio, CA 92201
                Contact Person Name: Lena Ortiz
                Contact Email: office@mojavemech.example.com
                Contact Phone Number: 760-555-0101
                """);
        waitUntil(30, () -> lookup("#linkButton").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Already has an account: " + EXISTING_LICENCE)).tryQuery().isPresent());
        capture("requests-duplicate");

        assertTrue(lookup("#createButton").queryButton().isDisabled());
        clickOn("#field-email");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Label message = lookup("#messageLabel").query();
        waitUntil(10, () -> message.getText().contains("already has an account: link the request to it instead"));
        assertTrue(lookup("#credentialsPassword").tryQuery().isEmpty(), "no account was created");
    }

    private void paste(String request) {
        clickOn("#pasteButton");
        waitUntil(10, () -> lookup("#pasteArea").tryQuery().isPresent());
        TextArea area = lookup("#pasteArea").query();
        interact(() -> area.setText(request));
        clickOn("Add to inbox");
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(node -> ((TextInputControl) node).getText()).orElse(null);
    }

    private void closeDialogs() {
        clickOn((Node node) -> node instanceof Button button && "Close".equals(button.getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void capture(String name) {
        interact(() -> {
            List<Window> windows = Window.getWindows().stream().filter(Window::isShowing).toList();
            Window top = windows.get(windows.size() - 1);
            ScreenCapture.save(top.getScene(), name);
        });
    }

}
