package org.permitdesk.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.testing.TestUsers;
import org.permitdesk.account.AccountDetails;
import org.permitdesk.account.AccountMail;
import org.permitdesk.account.AccountService;
import org.permitdesk.account.AccountSummary;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.account.request.RequestField;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class AccountsViewModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T16:00:00Z"), ZoneOffset.UTC);
    private final List<AccountRequestsViewModel.Credentials> shown = new ArrayList<>();

    @TempDir
    Path outbox;

    private AccountsViewModel viewModel(TestDb db, String clerkName) {
        SignedInUser clerk = TestUsers.clerk(clerkName);
        LicenceCheck suspended = licence -> new LicenceCheck.Result("Licence " + licence + " is suspended.",
                LicenceCheck.Standing.FLAGGED);
        return new AccountsViewModel(TaskRunner.sameThread(), new AccountService(db.database(), new PasswordHasher(), clock),
                new AccountMail(new Mailer(MailSettings.none(), outbox, clock), "Permit Center", null), suspended, clerk,
                shown::add);
    }

    @DatabaseTest
    void aStaleEditSaysWhoChangedTheAccountAndKeepsTheClerksEdits(TestDb db) {
        String licence = String.valueOf(5_000_000 + (int) (Math.random() * 999_999));
        new AccountService(db.database(), new PasswordHasher(), clock).createAccount(new AccountDetails(
                AccountType.CONTRACTOR, licence, "Agave Builders", "Tom Ruiz", "tom" + licence + "@example.com",
                "(760) 555-0111", "2 Main St, Indio, CA 92201", null), TestUsers.admin("admin"), null);
        AccountsViewModel carmen = viewModel(db, "carmen");
        AccountsViewModel dana = viewModel(db, "dana");
        for (AccountsViewModel vm : List.of(carmen, dana)) {
            vm.queryProperty().set(licence);
            vm.search();
            vm.select(vm.results().get(0));
        }
        assertEquals("Licence " + licence + " is suspended.", carmen.licenceProperty().get().text());

        dana.form().valueProperty(RequestField.BUSINESS_NAME).set("Agave Builders Inc");
        dana.save();
        carmen.form().valueProperty(RequestField.BUSINESS_NAME).set("Agave Building Co");
        carmen.save();

        assertTrue(carmen.messageIsErrorProperty().get());
        assertTrue(carmen.messageProperty().get().startsWith("This account was changed by dana at"),
                carmen.messageProperty().get());
        assertEquals("Agave Building Co", carmen.form().valueProperty(RequestField.BUSINESS_NAME).get(),
                "the clerk's edit stays in the form");
        AccountSummary saved = dana.selectedProperty().get();
        assertEquals("Agave Builders Inc", saved.details().businessName());
    }

    @DatabaseTest
    void aNewTemporaryPasswordIsShownOnceAndEmailed(TestDb db) {
        String email = "owner" + System.nanoTime() + "@example.com";
        new AccountService(db.database(), new PasswordHasher(), clock).createAccount(new AccountDetails(
                AccountType.PROPERTY_OWNER, null, null, "Ana Pena", email, "(760) 555-0112",
                "3 Main St, Indio, CA 92201", "B2611-0042"), TestUsers.admin("admin"), null);
        AccountsViewModel vm = viewModel(db, "carmen");
        vm.queryProperty().set(email);
        vm.search();
        vm.select(vm.results().get(0));

        vm.issueNewTemporaryPassword();

        assertEquals(1, shown.size());
        assertTrue(shown.get(0).welcomeMail().startsWith("Welcome email saved as"), shown.get(0).welcomeMail());
        assertEquals(LicenceCheck.Result.NONE, vm.licenceProperty().get(), "owners have no licence");
    }
}
