package org.permitdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.MailboxReader;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/** Polls a real in-process IMAP server (GreenMail) into the requests inbox. */
class MailboxPollerTest {

    private static final Path FIXTURES = Path.of("..", "shared", "fixtures", "email-requests");

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("permits@city.example", "permits", "secret"));

    private MailboxPoller poller(TestDb db) {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.host", "127.0.0.1");
        properties.setProperty("mail.imap.port", String.valueOf(GREEN_MAIL.getImap().getPort()));
        properties.setProperty("mail.imap.ssl", "false");
        properties.setProperty("mail.imap.user", "permits");
        properties.setProperty("mail.imap.password", "secret");
        return new MailboxPoller(new MailboxReader(MailSettings.from(properties)),
                new AccountRequestService(db.database(), Clock.systemUTC()), 5);
    }

    private static void deliver(String fixture, String messageId) throws Exception {
        String text = Files.readString(FIXTURES.resolve(fixture)).replaceFirst("(?im)^Message-ID:.*$",
                "Message-ID: " + messageId);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        GREEN_MAIL.getUserManager().getUserByEmail("permits@city.example").deliver(message);
    }

    @DatabaseTest
    void newMessagesBecomeRequestsAndTheSameMessageIsAddedOnlyOnce(TestDb db) throws Exception {
        String id = "<" + UUID.randomUUID() + "@mail.example>";
        deliver("01-contractor-template.eml", id);
        deliver("02-owner-template.eml", "<" + UUID.randomUUID() + "@mail.example>");
        deliver("01-contractor-template.eml", id); // the same message delivered twice (e.g. also Cc'd)

        int added = poller(db).fetchNow();

        assertEquals(2, added);
        assertEquals(0, poller(db).fetchNow(), "nothing new on the next poll");
        AccountRequestService requests = new AccountRequestService(db.database(), Clock.systemUTC());
        assertTrue(requests.inbox(false).stream().anyMatch(r -> r.source() == RequestSource.MAILBOX
                && r.title().equals("Contractor \u00b7 Coachella Valley Solar Inc. (Daniel Reyes)")));
    }
}
