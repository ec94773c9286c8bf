package org.permitdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.permitdesk.account.TestAccounts.contractor;
import static org.permitdesk.account.TestAccounts.owner;
import static org.permitdesk.account.TestAccounts.uniqueLicence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class AccountServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T16:00:00Z"));
    private final PasswordHasher hasher = new PasswordHasher();

    private AccountService service(TestDb db) {
        return new AccountService(db.database(), hasher, clock);
    }

    @DatabaseTest
    void aContractorSignsInWithTheLicenceNumberAndATemporaryPasswordStoredOnlyAsAHash(TestDb db) {
        String licence = uniqueLicence();
        CreatedAccount created = service(db).createAccount(
                contractor("Lic. #B-" + licence, "Coachella Valley Solar Inc.", "dreyes" + licence + "@example.com"),
                TestUsers.clerk("clerk"), null);

        assertEquals(licence, created.account().username());
        assertEquals(14, Duration.between(clock.instant(), created.expiresAt()).toDays());
        assertTrue(created.account().mustChangePassword());
        String storedHash = db.database().fromTransaction(session ->
                session.find(PortalAccount.class, created.account().id()).getPasswordHash());
        assertFalse(storedHash.contains(created.temporaryPassword()), "the password itself is never stored");
        assertTrue(hasher.matches(created.temporaryPassword(), storedHash));
        assertFalse(created.toString().contains(created.temporaryPassword()), "never printed by accident");
    }

    @DatabaseTest
    void othersSignInWithTheirEmailInLowerCaseAndPhonesAreKeptInOneFormat(TestDb db) {
        String email = "Maria.Lopez." + UUID.randomUUID().toString().substring(0, 6) + "@Example.com";
        AccountDetails details = new AccountDetails(AccountType.PROPERTY_OWNER, null, null, "Maria Lopez", email,
                "760.555.0142 ext 12", "73-510 Fred Waring Dr, Palm Desert, CA 92260", "B2611-0042");

        CreatedAccount created = service(db).createAccount(details, TestUsers.clerk("clerk"), null);

        assertEquals(email.toLowerCase(), created.account().username());
        assertEquals("(760) 555-0142 x12", created.account().details().phone());
    }

    @DatabaseTest
    void theSameLicenceNumberBlocksCreatingAndNamesTheExistingAccount(TestDb db) {
        String licence = uniqueLicence();
        service(db).createAccount(contractor(licence, "Desert Sun Roofing", "a" + licence + "@example.com"), TestUsers.clerk("clerk"), null);

        AccountDetails again = contractor("#" + licence, "Desert Sun Roofing Inc", "b" + licence + "@example.com");
        DuplicateCheck check = service(db).findDuplicates(again, null);
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> service(db).createAccount(again, TestUsers.clerk("clerk"), null));

        assertTrue(check.blocksCreating());
        assertEquals(licence, check.sameUsername().orElseThrow().username());
        assertTrue(refused.getMessage().startsWith("Licence " + licence + " already has an account (Desert Sun Roofing"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("Link the request"), refused.getMessage());
    }

    @DatabaseTest
    void sameEmailSamePhoneOrASimilarNameIsShownAsALikelyDuplicate(TestDb db) {
        String licence = uniqueLicence();
        String business = "Zephyr" + licence + " Plumbing & Drains, Inc.";
        AccountDetails existing = contractor(licence, business, "office" + licence + "@zephyr.example.com");
        service(db).createAccount(existing, TestUsers.clerk("clerk"), null);

        AccountDetails newOne = new AccountDetails(AccountType.CONTRACTOR, uniqueLicence(),
                "ZEPHYR" + licence + " PLUMBING AND DRAINS", "Someone Else", "OFFICE" + licence + "@zephyr.example.com",
                existing.phone(), "1 Other St, Indio, CA 92201", null);
        DuplicateCheck check = service(db).findDuplicates(newOne, null);

        assertFalse(check.blocksCreating());
        assertEquals(1, check.likely().size());
        assertEquals(List.of("same email", "same phone", "similar business name"), check.likely().get(0).reasons());
    }

    @DatabaseTest
    void aMissingOrInvalidFieldIsRefusedWithWhatToFix(TestDb db) {
        AccountDetails noEmail = contractor(uniqueLicence(), "Some Builder", null);
        AccountDetails badLicence = contractor("123456789", "Some Builder", "x@example.com");

        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> service(db).createAccount(noEmail, TestUsers.clerk("clerk"), null));
        UserFacingException invalid = assertThrows(UserFacingException.class,
                () -> service(db).createAccount(badLicence, TestUsers.clerk("clerk"), null));

        assertTrue(missing.getMessage().contains("The email address the account should use is required."),
                missing.getMessage());
        assertTrue(invalid.getMessage().toLowerCase().contains("licen"), invalid.getMessage());
    }

    @DatabaseTest
    void anEditSavedMeanwhileBySomeoneElseIsRefusedAndNamesThem(TestDb db) {
        String licence = uniqueLicence();
        AccountDetails details = contractor(licence, "Palm Electric", "pe" + licence + "@example.com");
        AccountSummary account = service(db).createAccount(details, TestUsers.clerk("carmen"), null).account();

        service(db).updateAccount(account.id(), account.version(),
                new AccountDetails(AccountType.CONTRACTOR, licence, "Palm Electric Co", "Daniel Reyes",
                        details.email(), details.phone(), details.mailingAddress(), null), TestUsers.supervisor("dana"));
        UserFacingException stale = assertThrows(UserFacingException.class, () -> service(db).updateAccount(
                account.id(), account.version(), details, TestUsers.clerk("carmen")));

        assertTrue(stale.getMessage().startsWith("This account was changed by dana at"), stale.getMessage());
        assertEquals("Palm Electric Co", service(db).findAccount(account.id()).orElseThrow().details().businessName());
    }

    @DatabaseTest
    void accountsAreFoundByLicenceNamePhoneOrEmailAndCanBeDisabled(TestDb db) {
        String licence = uniqueLicence();
        AccountDetails details = contractor(licence, "Quartzite" + licence + " Masonry", "qm" + licence + "@example.com");
        AccountSummary account = service(db).createAccount(details, TestUsers.clerk("clerk"), null).account();

        assertEquals(List.of(account.id()), ids(service(db).searchAccounts(licence)));
        assertEquals(List.of(account.id()), ids(service(db).searchAccounts("quartzite" + licence)));
        assertEquals(List.of(account.id()), ids(service(db).searchAccounts("QM" + licence + "@")));
        assertTrue(ids(service(db).searchAccounts(details.phone().replaceAll("\\D", ""))).contains(account.id()));
        assertTrue(service(db).searchAccounts("100%_" + licence).isEmpty(), "% and _ are matched literally");

        AccountSummary disabled = service(db).setDisabled(account.id(), account.version(), true, TestUsers.supervisor("dana"));
        assertTrue(disabled.disabled());
    }

    @DatabaseTest
    void aNewTemporaryPasswordReplacesTheOldOne(TestDb db) {
        AccountSummary account = service(db).createAccount(owner("Ana Peña", "ana" + uniqueLicence() + "@example.com"),
                TestUsers.clerk("clerk"), null).account();

        CreatedAccount first = service(db).issueNewTemporaryPassword(account.id(), TestUsers.clerk("clerk"));
        CreatedAccount second = service(db).issueNewTemporaryPassword(account.id(), TestUsers.clerk("clerk"));

        assertNotEquals(first.temporaryPassword(), second.temporaryPassword());
        String hash = db.database().fromTransaction(s -> s.find(PortalAccount.class, account.id()).getPasswordHash());
        assertFalse(hasher.matches(first.temporaryPassword(), hash));
        assertTrue(hasher.matches(second.temporaryPassword(), hash));
    }

    private static List<Long> ids(List<AccountSummary> accounts) {
        return accounts.stream().map(AccountSummary::id).toList();
    }
}
