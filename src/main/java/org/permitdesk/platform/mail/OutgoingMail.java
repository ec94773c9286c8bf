package org.permitdesk.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Objects;
import org.permitdesk.platform.UserFacingException;

/**
 * One plain-text mail to one person, with files attached if any. A reply names the Message-ID it answers
 * ({@code inReplyTo}) and the thread before it ({@code references}, oldest first), so the recipient's mail
 * program shows it in the thread.
 */
public record OutgoingMail(String to, String subject, String body, String inReplyTo, List<String> references,
                           List<Attachment> attachments) {

    /** A file sent with the mail, e.g. a correction notice PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    public OutgoingMail {
        requireAddress(to);
        subject = Objects.requireNonNullElse(subject, "");
        body = Objects.requireNonNullElse(body, "");
        inReplyTo = inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo.strip();
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A mail without attachments. */
    public OutgoingMail(String to, String subject, String body, String inReplyTo, List<String> references) {
        this(to, subject, body, inReplyTo, references, List.of());
    }

    /** A new mail, not part of a thread, with these files attached. */
    public OutgoingMail(String to, String subject, String body, List<Attachment> attachments) {
        this(to, subject, body, null, List.of(), attachments);
    }

    /** A new mail, not part of a thread. */
    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, null, List.of());
    }

    public boolean isReply() {
        return inReplyTo != null;
    }

    /** Bodies may hold temporary passwords: never shown in logs. */
    @Override
    public String toString() {
        return "OutgoingMail[to=" + to + ", subject=" + subject + (isReply() ? ", in reply to " + inReplyTo : "")
                + (attachments.isEmpty() ? "" : ", " + attachments.size() + " attached") + "]";
    }

    private static void requireAddress(String to) {
        try {
            new InternetAddress(Objects.requireNonNull(to, "to"), true);
        } catch (AddressException e) {
            throw new UserFacingException("Cannot send mail to \"" + to + "\": not an e-mail address.", e);
        }
    }
}
