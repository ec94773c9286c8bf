package org.permitdesk.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.permitdesk.platform.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends plain-text mail (with files attached, if any): through the SMTP server when one is configured, otherwise as an {@code .eml} file in
 * the outbox folder that the clerk opens in their own mail program. When the server fails, the mail is saved
 * to the outbox too, so nothing is lost. Message bodies are never logged: welcome mails hold passwords.
 */
public final class Mailer {

    static final int TIMEOUT_MILLIS = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final MailSettings settings;
    private final Outbox outbox;
    private final Clock clock;

    public Mailer(MailSettings settings, Path outbox, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.outbox = new Outbox(Objects.requireNonNull(outbox, "outbox"), clock);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sends the mail, or saves it to the outbox when no SMTP server is configured.
     *
     * @throws UserFacingException when the SMTP server fails (the message says where the mail was saved
     *                             instead), or when the outbox can't be written
     */
    public SentMail send(OutgoingMail mail) {
        Session session = Session.getInstance(smtpProperties());
        MimeMessage message = compose(session, mail);
        String messageId = messageIdOf(message);
        if (!settings.smtpConfigured()) {
            Path file = outbox.save(message, mail.to());
            LOG.info("Mail {} to {} saved as {} (no SMTP server configured)", messageId, mail.to(), file);
            return SentMail.savedAsFile(messageId, file);
        }
        try {
            transmit(session, message);
        } catch (MessagingException e) {
            throw saveAfterFailure(message, mail, e);
        }
        LOG.info("Mail {} to {} sent via {}", messageId, mail.to(), settings.smtp().address());
        return SentMail.sentBySmtp(messageId);
    }

    private MimeMessage compose(Session session, OutgoingMail mail) {
        try {
            MimeMessage message = new PermitDeskMessage(session, messageIdDomain());
            if (!settings.from().isEmpty()) {
                message.setFrom(new InternetAddress(settings.from(), true));
            }
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            if (mail.attachments().isEmpty()) {
                message.setText(mail.body(), "UTF-8");
            } else {
                message.setContent(withAttachments(mail));
            }
            message.setSentDate(Date.from(clock.instant()));
            if (mail.isReply()) {
                message.setHeader("In-Reply-To", mail.inReplyTo());
                message.setHeader("References", MimeUtility.fold(12, String.join(" ", threadOf(mail))));
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose a mail to " + mail.to(), e);
        }
    }

    private static MimeMultipart withAttachments(OutgoingMail mail) throws MessagingException {
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8");
        parts.addBodyPart(text);
        for (OutgoingMail.Attachment file : mail.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            part.setFileName(file.fileName());
            part.setDisposition(Part.ATTACHMENT);
            parts.addBodyPart(part);
        }
        return parts;
    }

    private static List<String> threadOf(OutgoingMail mail) {
        List<String> thread = new ArrayList<>(mail.references());
        if (!thread.contains(mail.inReplyTo())) {
            thread.add(mail.inReplyTo());
        }
        return thread;
    }

    private void transmit(Session session, MimeMessage message) throws MessagingException {
        MailSettings.Smtp smtp = settings.smtp();
        Transport transport = session.getTransport("smtp");
        try {
            if (smtp.user().isEmpty()) {
                transport.connect(smtp.host(), smtp.port(), null, null);
            } else {
                transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
            }
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            closeQuietly(transport);
        }
    }

    private UserFacingException saveAfterFailure(MimeMessage message, OutgoingMail mail, MessagingException failure) {
        String notSent = "Could not send mail via " + settings.smtp().address() + ": " + MailFailure.describe(failure);
        LOG.warn("Mail {} to {} not sent via {}: {}", messageIdOf(message), mail.to(), settings.smtp().address(),
                MailFailure.describe(failure));
        try {
            Path file = outbox.save(message, mail.to());
            return new UserFacingException(notSent + ". It was saved to " + file
                    + " instead: open that file in your mail program to send it.", failure);
        } catch (UserFacingException saveFailure) {
            failure.addSuppressed(saveFailure);
            return new UserFacingException(notSent + ", and saving it to the outbox failed too ("
                    + saveFailure.getMessage() + "). The mail was not sent.", failure);
        }
    }

    private Properties smtpProperties() {
        Properties properties = new Properties();
        MailSettings.Smtp smtp = settings.smtp();
        String timeout = String.valueOf(TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        properties.setProperty("mail.smtp.auth", String.valueOf(!smtp.user().isEmpty()));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        if (smtp.tls() == MailSettings.TlsMode.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        } else if (smtp.tls() == MailSettings.TlsMode.SSL) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        }
        return properties;
    }

    private String messageIdDomain() {
        int at = settings.from().lastIndexOf('@');
        String domain = at < 0 ? "" : settings.from().substring(at + 1).replace(">", "").strip();
        return domain.isEmpty() ? "permitdesk.invalid" : domain;
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("A composed mail has no Message-ID", e);
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the SMTP connection failed after the mail was handed over", e);
        }
    }

    /** Keeps the Message-ID made once, at the sender's domain, through every later save. */
    private static final class PermitDeskMessage extends MimeMessage {

        private final String domain;

        PermitDeskMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader("Message-ID") == null) {
                setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
            }
        }
    }
}
