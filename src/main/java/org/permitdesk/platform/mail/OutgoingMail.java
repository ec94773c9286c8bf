package org.permitdesk.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Objects;
import org.permitdesk.platform.UserFacingException;

/**
 * One plain-text mail to one person. A reply names the Message-ID it answers ({@code inReplyTo}) and the
 * thread before it ({@code references}, oldest first), so the recipient's mail program shows it in the thread.
 */
public record OutgoingMail(String to, String subject, String body, String inReplyTo, List<String> references) {

    public OutgoingMail {
        requireAddress(to);
        subject = Objects.requireNonNullElse(subject, "");
        body = Objects.requireNonNullElse(body, "");
        inReplyTo = inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo.strip();
        references = references == null ? List.of() : List.copyOf(references);
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
        return "OutgoingMail[to=" + to + ", subject=" + subject + (isReply() ? ", in reply to " + inReplyTo : "") + "]";
    }

    private static void requireAddress(String to) {
        try {
            new InternetAddress(Objects.requireNonNull(to, "to"), true);
        } catch (AddressException e) {
            throw new UserFacingException("Cannot send mail to \"" + to + "\": not an e-mail address.", e);
        }
    }
}
