package org.permitdesk.account.request;

import java.time.Instant;

/**
 * A message as read from its raw bytes or from pasted text: headers decoded, body as plain text
 * (HTML converted, quoted older text kept with its {@code > } marks). Absent headers are {@code null}.
 *
 * @param automatic what makes the message automatic (an out-of-office reply, a bounce), as its headers say, e.g.
 *                  {@code an automatic reply (header "Auto-Submitted: auto-replied")}; {@code null} for a message a
 *                  person wrote (and for pasted text, whose headers are not known)
 */
public record MailMessage(String subject, String from, Instant sentAt, String messageId, String text,
                          String automatic) {

    public MailMessage {
        text = text == null ? "" : text;
    }

    /** A message with no header that marks it automatic. */
    public MailMessage(String subject, String from, Instant sentAt, String messageId, String text) {
        this(subject, from, sentAt, messageId, text, null);
    }

    /** Pasted text has no headers except, perhaps, a subject. */
    public static MailMessage pasted(String subject, String text) {
        return new MailMessage(subject, null, null, null, text);
    }
}
