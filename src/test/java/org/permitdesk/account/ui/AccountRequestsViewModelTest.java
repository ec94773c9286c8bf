package org.permitdesk.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.account.AccountMail;
import org.permitdesk.account.AccountRequestService;
import org.permitdesk.account.AccountService;
import org.permitdesk.account.RequestStatus;
import org.permitdesk.account.cslb.CslbImportProgress;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.account.cslb.CslbLicenceCheck;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.account.request.RequestField;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class AccountRequestsViewModelTest {

    private static final Path CSLB_SAMPLE = Path.of("..", "shared", "data", "cslb", "MasterLicenseData-sample.csv");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T16:00:00Z"), ZoneOffset.UTC);
    private final List<AccountRequestsViewModel.Credentials> shown = new ArrayList<>();

    @TempDir
    Path outbox;

    private AccountRequestsViewModel viewModel(TestDb db) {
        AccountService accounts = new AccountService(db.database(), new PasswordHasher(), clock);
        AccountMail mail = new AccountMail(new Mailer(MailSettings.none(), outbox, clock), "Palm Valley Permit Center", null);
        return new AccountRequestsViewModel(TaskRunner.sameThread(), new AccountRequestService(db.database(), clock),
                accounts, mail, new CslbLicenceCheck(new CslbLicenceService(db.database()), clock), Optional.empty(),
                TestUsers.clerk("carmen"), shown::add);
    }

    private static String request(String licence, String email, String phone) {
        return "From: Rosa Delgado <" + email + ">\nSubject: Contractor - eTRAKiT Account Setup\nMessage-ID: <"
                + UUID.randomUUID() + "@mail.example>\n\nCSLB Number: " + licence + "\nBusiness Name: Sonoran "
                + licence + " Electric\nMailing Address: 44-100 Monterey Ave, Palm Desert, CA 92260\n"
                + "Contact Person Name: Rosa Delgado\nContact Email: " + email + "\nContact Phone Number: " + phone + "\n";
    }

    @DatabaseTest
    void creatingShowsThePasswordOnceAndTheWelcomeEmailCarriesItButTheDatabaseDoesNot(TestDb db) throws IOException {
        AccountRequestsViewModel vm = viewModel(db);
        String licence = String.valueOf(3_000_000 + (int) (Math.random() * 999_999));
        vm.addPasted(request(licence, "rosa" + licence + "@example.com", "not known"));

        assertEquals(licence, vm.form().valueProperty(RequestField.CSLB_NUMBER).get());
        assertFalse(vm.form().problemProperty(RequestField.PHONE).get().isEmpty());
        assertFalse(vm.canCreateProperty().get(), "a flagged field blocks creating");
        vm.form().valueProperty(RequestField.PHONE).set("760-555-0199");
        assertTrue(vm.canCreateProperty().get());
        vm.createAccount();

        assertEquals(1, shown.size());
        String password = shown.get(0).created().temporaryPassword();
        assertTrue(shown.get(0).welcomeMail().startsWith("Welcome email saved as "), shown.get(0).welcomeMail());
        String welcome = readOutbox();
        assertTrue(welcome.contains("Username: " + licence) && welcome.contains(password), welcome);
        String stored = db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT password_hash FROM portal_account WHERE username = :u", String.class)
                .setParameter("u", licence).getSingleResult());
        assertFalse(stored.contains(password));
        assertNull(vm.detailProperty().get(), "the request is done and leaves the inbox");
        assertTrue(vm.requests().stream().noneMatch(r -> r.displayName().contains(licence)));
    }

    @DatabaseTest
    void askingForMissingInfoRepliesToTheSenderListingWhatIsMissingAndTheRequestWaits(TestDb db) throws IOException {
        AccountRequestsViewModel vm = viewModel(db);
        vm.addPasted(request("12345678901", "rosa@example.com", "(760) 555-0199"));
        long id = vm.detailProperty().get().summary().id();

        vm.askForMissingInfo();

        String reply = readOutbox();
        assertTrue(reply.contains("To: rosa@example.com"), reply);
        assertTrue(reply.contains("Subject: Re: Contractor - eTRAKiT Account Setup"), reply);
        assertTrue(reply.toLowerCase().contains("licen"), reply);
        assertEquals(RequestStatus.NEEDS_INFO, vm.requests().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow().status());
    }

    @DatabaseTest
    void aSuspendedLicenceInTheImportedCslbFileIsFlaggedBeforeCreating(TestDb db) {
        new CslbImportService(db.database(), clock).importFile(CSLB_SAMPLE, CslbImportProgress.NONE, TestUsers.ADMIN);
        AccountRequestsViewModel vm = viewModel(db);

        vm.addPasted(request("1000089", "paint" + UUID.randomUUID() + "@example.com", "(714) 341-7586"));

        assertTrue(vm.licenceStandingProperty().get() == org.permitdesk.account.LicenceCheck.Standing.FLAGGED);
        assertTrue(vm.licenceNoticeProperty().get().contains("suspended: no valid contractor's bond"),
                vm.licenceNoticeProperty().get());
    }

    private String readOutbox() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            Path newest = files.max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .orElseThrow();
            String text = Files.readString(newest, StandardCharsets.ISO_8859_1);
            Files.delete(newest);
            assertNotNull(text);
            return decode(text);
        }
    }

    /** Bodies may be quoted-printable: undo soft line breaks and =XX escapes enough to search them. */
    private static String decode(String text) {
        String joined = text.replace("=\r\n", "").replace("=\n", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && joined.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
                out.append((char) Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("\r\n", "\n");
    }
}
