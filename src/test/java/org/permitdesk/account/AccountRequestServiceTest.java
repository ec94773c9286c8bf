package org.permitdesk.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class AccountRequestServiceTest {

    private static final Path FIXTURES = Path.of("..", "shared", "fixtures", "email-requests");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T16:00:00Z"));

    @TempDir
    Path folder;

    private static byte[] withNewMessageId(String fixture) throws IOException {
        String text = Files.readString(FIXTURES.resolve(fixture), StandardCharsets.ISO_8859_1);
        return text.replaceFirst("(?im)^Message-ID:.*$", "Message-ID: <" + UUID.randomUUID() + "@test>")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @DatabaseTest
    void aMessageFromTheMailboxIsReadAndTheSameMessageIsNeverAddedTwice(TestDb db) throws IOException {
        AccountRequestService requests = new AccountRequestService(db.database(), clock);
        byte[] raw = withNewMessageId("01-contractor-template.eml");

        AccountRequestService.Added first = requests.addFromMailbox(raw, clock.instant());
        AccountRequestService.Added again = requests.addFromMailbox(raw, clock.instant());

        assertFalse(first.alreadyInInbox());
        assertTrue(again.alreadyInInbox());
        assertEquals(first.request().id(), again.request().id());
        assertEquals(RequestStatus.NEW, first.request().status());
        assertEquals("Contractor \u00b7 Coachella Valley Solar Inc. (Daniel Reyes)", first.request().title());
        assertEquals(1, requests.inbox(false).stream().filter(r -> r.id() == first.request().id()).count());
        RequestDetail detail = requests.open(first.request().id());
        assertEquals("1045872", detail.parsed().fields().get("cslbNumber"));
        assertTrue(detail.originalText().startsWith("From: Daniel Reyes <dreyes@cvsolar.example.com>\n"),
                detail.originalText());
    }

    @DatabaseTest
    void theOriginalMessageIsKeptExactlyAsItArrived(TestDb db) throws IOException {
        AccountRequestService requests = new AccountRequestService(db.database(), clock);
        byte[] raw = withNewMessageId("05-contractor-html-alternative.eml");

        long id = requests.addFromMailbox(raw, clock.instant()).request().id();

        byte[] stored = db.database().fromTransaction(s -> s.find(AccountRequest.class, id).rawMessage());
        assertArrayEquals(raw, stored);
    }

    @DatabaseTest
    void pastedTextBecomesARequestWithItsProblemsCounted(TestDb db) {
        AccountRequestService requests = new AccountRequestService(db.database(), clock);

        RequestSummary added = requests.addPasted("""
                Subject: Property Owner - eTRAKiT Account Setup

                Name: Ana Peña
                Address: 73-510 Fred Waring Dr, Palm Desert, CA 92260
                Phone Number: 760-555-0142
                Permit Number: B2611-0042
                """).request();

        assertEquals(RequestSource.PASTED, added.source());
        assertEquals(AccountType.PROPERTY_OWNER, added.accountType());
        assertEquals(1, added.problemCount(), "the email is missing");
        assertEquals("email", requests.open(added.id()).parsed().problems().get(0).field());
    }

    @DatabaseTest
    void aFileThatIsNotMailIsKeptAsNotAnAccountRequestWithTheReason(TestDb db) throws IOException {
        AccountRequestService requests = new AccountRequestService(db.database(), clock);
        Path binary = folder.resolve("photo.eml");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0});

        RequestSummary added = requests.addFile(binary).request();

        assertEquals(RequestStatus.NOT_AN_ACCOUNT_REQUEST, added.status());
        assertEquals("photo.eml", added.sourceName());
        assertTrue(added.statusReason() != null && !added.statusReason().isBlank());
        assertFalse(requests.open(added.id()).readable());
        assertFalse(requests.inbox(false).stream().anyMatch(r -> r.id() == added.id()), "not waiting for the clerk");
        assertTrue(requests.inbox(true).stream().anyMatch(r -> r.id() == added.id()), "but still kept");
    }

    @DatabaseTest
    void aMissingFileOrNothingPastedSaysWhatToDo(TestDb db) {
        AccountRequestService requests = new AccountRequestService(db.database(), clock);

        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> requests.addFile(folder.resolve("gone.eml")));
        UserFacingException empty = assertThrows(UserFacingException.class, () -> requests.addPasted("  \n "));

        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertTrue(empty.getMessage().contains("paste the text"), empty.getMessage());
    }

    @DatabaseTest
    void creatingTheAccountClosesTheRequestAndLinksIt(TestDb db) throws IOException {
        AccountRequestService requests = new AccountRequestService(db.database(), clock);
        AccountService accounts = new AccountService(db.database(), new PasswordHasher(), clock);
        String fixture = new String(withNewMessageId("01-contractor-template.eml"), StandardCharsets.ISO_8859_1);
        String licence = TestAccounts.uniqueLicence();
        RequestSummary request = requests.addFromMailbox(fixture.replace("1045872", licence)
                .getBytes(StandardCharsets.ISO_8859_1), clock.instant()).request();
        AccountDetails form = AccountDetails.from(requests.open(request.id()).parsed());

        CreatedAccount created = accounts.createAccount(form, TestUsers.clerk("carmen"), request.id());

        RequestSummary closed = requests.inbox(true).stream().filter(r -> r.id() == request.id()).findFirst().orElseThrow();
        assertEquals(RequestStatus.ACCOUNT_CREATED, closed.status());
        assertEquals(created.account().id(), closed.accountId());
        assertEquals("carmen", closed.handledBy());
    }

    @DatabaseTest
    void rejectingNeedsAReasonAndKeepsIt(TestDb db) {
        AccountRequestService requests = new AccountRequestService(db.database(), clock);
        long id = requests.addPasted("Subject: Contractor - eTRAKiT Account Setup\n\nCSLB Number: 1\n").request().id();

        assertThrows(UserFacingException.class, () -> requests.reject(id, " ", TestUsers.clerk("carmen")));
        RequestSummary rejected = requests.reject(id, "Licence belongs to another business", TestUsers.clerk("carmen"));

        assertEquals(RequestStatus.REJECTED, rejected.status());
        assertEquals("Licence belongs to another business", rejected.statusReason());
        assertNull(rejected.accountId());
    }
}
