package org.permitdesk.platform.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.permitdesk.platform.UserFacingException;

class MailboxReaderTest {

    private static final String USER = "requests";
    private static final String PASSWORD = "right";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL =
            new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("requests@city.example", USER, PASSWORD));

    @Test
    void returnsTheRawBytesOfUnseenMessagesAndMarksThemSeen() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        deliver("Account request: Jane Doe", "Name: Jane Doe\nLicence: 123456\n");
        deliver("Account request: Bob Roe", "Name: Bob Roe\n");

        List<FetchedMessage> fetched = reader(PASSWORD).fetchUnseen(10);

        assertEquals(2, fetched.size());
        MimeMessage first = parse(fetched.get(0).raw());
        assertEquals("Account request: Jane Doe", first.getSubject());
        assertEquals("Name: Jane Doe\nLicence: 123456\n", ((String) first.getContent()).replace("\r\n", "\n"));
        assertEquals("Account request: Bob Roe", parse(fetched.get(1).raw()).getSubject());
        assertFalse(fetched.get(0).tooLarge());
        Duration sinceDelivery = Duration.between(before, fetched.get(0).received()).abs();
        assertTrue(sinceDelivery.toMinutes() < 2, fetched.get(0).toString());
        assertEquals(List.of(), reader(PASSWORD).fetchUnseen(10), "a second fetch finds them seen");
    }

    @Test
    void takesAtMostMaxAndLeavesTheRestForTheNextFetch() throws Exception {
        deliver("one", "1");
        deliver("two", "2");
        deliver("three", "3");
        MailboxReader reader = reader(PASSWORD);

        assertEquals(List.of("one", "two"), subjects(reader.fetchUnseen(2)));
        assertEquals(List.of("three"), subjects(reader.fetchUnseen(2)));
        assertEquals(List.of(), reader.fetchUnseen(2));
    }

    @Test
    void aTooLargeMessageComesBackAsItsFirst64KbAndFlagged() throws Exception {
        String body = "x".repeat(76) + "\r\n";
        deliver("Plans attached", body.repeat(4_000)); // about 312 KB
        MailboxReader reader = new MailboxReader(settings(PASSWORD), Clock.systemUTC(), 100_000);

        FetchedMessage fetched = reader.fetchUnseen(5).get(0);

        assertTrue(fetched.tooLarge());
        assertEquals(MailboxReader.TOO_LARGE_PREFIX, fetched.raw().length);
        assertTrue(fetched.size() > 300_000, fetched.toString());
        String start = new String(fetched.raw(), StandardCharsets.US_ASCII);
        assertTrue(start.contains("Subject: Plans attached"), start.substring(0, 500));
        assertEquals(List.of(), reader.fetchUnseen(5), "kept as a record, so marked seen like the others");
    }

    @Test
    void aWrongPasswordIsReportedInOneClearLine() {
        UserFacingException error = assertThrows(UserFacingException.class, () -> reader("wrong").fetchUnseen(10));
        assertEquals("Could not read mail from " + imapAddress() + " as " + USER
                + ": authentication failed; check mail.imap.user and mail.imap.password.", error.getMessage());
    }

    @Test
    void anUnreachableServerIsNamedWithItsCause() throws Exception {
        int closedPort = MailerTest.freePort();
        MailSettings settings = new MailSettings(MailSettings.Smtp.none(),
                new MailSettings.Imap("127.0.0.1", closedPort, false, USER, PASSWORD, "INBOX", 5), "");

        UserFacingException error = assertThrows(UserFacingException.class,
                () -> new MailboxReader(settings).fetchUnseen(10));

        assertEquals("Could not read mail from 127.0.0.1:" + closedPort + ": connection refused", error.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        MailSettings.Imap imap = settings(PASSWORD).imap();
        MailSettings settings = new MailSettings(MailSettings.Smtp.none(), new MailSettings.Imap(imap.host(),
                imap.port(), false, USER, PASSWORD, "Requests", 5), "");

        UserFacingException error = assertThrows(UserFacingException.class,
                () -> new MailboxReader(settings).fetchUnseen(10));

        assertEquals("The folder \"Requests\" does not exist in the mailbox at " + imapAddress()
                + ": check mail.imap.folder.", error.getMessage());
    }

    @Test
    void withoutAMailboxConfiguredThereIsNothingToRead() {
        UserFacingException error = assertThrows(UserFacingException.class,
                () -> new MailboxReader(MailSettings.none()).fetchUnseen(10));
        assertTrue(error.getMessage().contains("mail.imap.host"), error.getMessage());
    }

    @Test
    void aFetchedMessageKeepsItsOwnCopyOfTheBytes() {
        byte[] raw = "Subject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);
        FetchedMessage message = new FetchedMessage(raw, Instant.EPOCH);
        raw[0] = 'X';
        message.raw()[1] = 'X';
        assertArrayEquals("Subject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII), message.raw());
        assertFalse(message.toString().contains("body"));
    }

    private static MailboxReader reader(String password) {
        return new MailboxReader(settings(password));
    }

    private static MailSettings settings(String password) {
        return new MailSettings(MailSettings.Smtp.none(), new MailSettings.Imap(GREEN_MAIL.getImap().getBindTo(),
                GREEN_MAIL.getImap().getPort(), false, USER, password, "INBOX", 5), "");
    }

    private static String imapAddress() {
        return GREEN_MAIL.getImap().getBindTo() + ":" + GREEN_MAIL.getImap().getPort();
    }

    private static void deliver(String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("jane.doe@example.org");
        message.setRecipients(MimeMessage.RecipientType.TO, "requests@city.example");
        message.setSubject(subject);
        message.setText(body, "UTF-8");
        message.saveChanges();
        GREEN_MAIL.getUserManager().getUser(USER).deliver(message);
    }

    private static List<String> subjects(List<FetchedMessage> fetched) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (FetchedMessage message : fetched) {
            subjects.add(parse(message.raw()).getSubject());
        }
        return subjects;
    }

    private static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }
}
