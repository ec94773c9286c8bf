package org.permitdesk.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.mail.MailSettings.TlsMode;
import org.slf4j.LoggerFactory;

class MailerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T18:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String FROM = "Permit Center <permits@city.example>";
    private static final String TEMPORARY_PASSWORD = "Tmp-7Qx!k2Lp";
    private static final OutgoingMail WELCOME = new OutgoingMail("jane.doe@example.org",
            "Ihr Konto – your PermitDesk account",
            "Dear Jane,\nyour temporary password is " + TEMPORARY_PASSWORD + "\nÄnderungen bitte sofort.\n");

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL =
            new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("permits@city.example", "permits", "right"));

    @TempDir
    Path folder;

    @Test
    void sendsBySmtpWithSubjectBodyAndThreadingHeaders() throws Exception {
        OutgoingMail reply = new OutgoingMail("jane.doe@example.org", "Re: Account request", "Your account is ready.",
                "<request-2@example.org>", List.of("<request-1@example.org>"));

        SentMail sent = mailer(smtp("permits", "right")).send(reply);

        assertEquals(SentMail.Route.SENT_BY_SMTP, sent.route());
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage message = received[0];
        assertEquals("Re: Account request", message.getSubject());
        assertEquals("Your account is ready.", textOf(message).strip());
        assertEquals(new InternetAddress(FROM), message.getFrom()[0]);
        assertEquals(sent.messageId(), message.getMessageID());
        assertTrue(sent.messageId().endsWith("@city.example>"), sent.messageId());
        assertEquals("<request-2@example.org>", message.getHeader("In-Reply-To", null));
        assertEquals("<request-1@example.org> <request-2@example.org>",
                message.getHeader("References", null).replaceAll("\\s+", " "));
        assertEquals(NOW, message.getSentDate().toInstant());
        assertFalse(Files.exists(folder.resolve("outbox")), "nothing is saved when the server took the mail");
    }

    @Test
    void withoutSmtpTheMailIsSavedAsAnEmlFileOnlyItsOwnerCanRead() throws Exception {
        Path outbox = folder.resolve("outbox");

        SentMail sent = new Mailer(MailSettings.none(), outbox, CLOCK).send(WELCOME);

        assertEquals(SentMail.Route.SAVED_AS_FILE, sent.route());
        assertEquals(outbox, sent.file().getParent());
        assertTrue(sent.file().getFileName().toString().endsWith(".eml"), sent.file().toString());
        MimeMessage message = readBack(sent.file());
        assertEquals(WELCOME.subject(), message.getSubject());
        assertEquals(WELCOME.body(), textOf(message));
        assertEquals(new InternetAddress("jane.doe@example.org"), message.getAllRecipients()[0]);
        assertEquals(sent.messageId(), message.getMessageID());
        assertEquals("1", message.getHeader("X-Unsent", null));
        assumeTrue(outbox.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sent.file())));
    }

    @Test
    void aSecondMailInTheSameSecondGetsItsOwnFile() {
        Mailer mailer = new Mailer(MailSettings.none(), folder, CLOCK);
        Path first = mailer.send(WELCOME).file();
        Path second = mailer.send(WELCOME).file();
        assertNotEquals(first, second);
        assertTrue(Files.exists(first) && Files.exists(second));
    }

    @Test
    void whenTheServerIsDownTheMailIsSavedToTheOutboxAndTheMessageSaysSo() throws Exception {
        int closedPort = freePort();
        MailSettings down = new MailSettings(new MailSettings.Smtp("127.0.0.1", closedPort, TlsMode.NONE, "", ""),
                MailSettings.Imap.none(), FROM);
        Path outbox = folder.resolve("outbox");

        UserFacingException error = assertThrows(UserFacingException.class,
                () -> new Mailer(down, outbox, CLOCK).send(WELCOME));

        Path saved = onlyFileIn(outbox);
        assertEquals("Could not send mail via 127.0.0.1:" + closedPort + ": connection refused. It was saved to "
                + saved + " instead: open that file in your mail program to send it.", error.getMessage());
        assertEquals(WELCOME.subject(), readBack(saved).getSubject());
    }

    @Test
    void aRefusedLoginIsReportedInOneLineAndTheMailIsKept() throws Exception {
        UserFacingException error = assertThrows(UserFacingException.class,
                () -> mailer(smtp("permits", "wrong")).send(WELCOME));

        assertTrue(error.getMessage().startsWith("Could not send mail via " + smtpAddress()
                + ": authentication failed. It was saved to "), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
        assertEquals(WELCOME.body(), textOf(readBack(onlyFileIn(folder.resolve("outbox")))));
    }

    @Test
    void messageBodiesNeverReachTheLog() {
        Logger logger = (Logger) LoggerFactory.getLogger(Mailer.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
        try {
            mailer(smtp("permits", "right")).send(WELCOME);
            new Mailer(MailSettings.none(), folder, CLOCK).send(WELCOME);
            assertThrows(UserFacingException.class, () -> mailer(smtp("permits", "wrong")).send(WELCOME));
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
        }
        assertEquals(3, log.list.size(), "one line per mail");
        log.list.forEach(event -> assertFalse(event.getFormattedMessage().contains(TEMPORARY_PASSWORD),
                event.getFormattedMessage()));
    }

    private Mailer mailer(MailSettings settings) {
        return new Mailer(settings, folder.resolve("outbox"), CLOCK);
    }

    private static MailSettings smtp(String user, String password) {
        MailSettings.Smtp smtp = new MailSettings.Smtp(GREEN_MAIL.getSmtp().getBindTo(), GREEN_MAIL.getSmtp().getPort(),
                TlsMode.NONE, user, password);
        return new MailSettings(smtp, MailSettings.Imap.none(), FROM);
    }

    private static String smtpAddress() {
        return GREEN_MAIL.getSmtp().getBindTo() + ":" + GREEN_MAIL.getSmtp().getPort();
    }

    static MimeMessage readBack(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent(); // parse while the stream is open
            return message;
        }
    }

    /** The text as written, without the CRLF line ends mail uses on the wire. */
    private static String textOf(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static Path onlyFileIn(Path outbox) throws Exception {
        try (var files = Files.list(outbox)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
