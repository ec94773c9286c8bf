package org.permitdesk.account.request;

import java.time.Instant;

/**
 * A message as read from its raw bytes or from pasted text: headers decoded, body as plain text
 * (HTML converted, quoted older text kept with its {@code > } marks). Absent headers are {@code null}.
 */
public record MailMessage(String subject, String from, Instant sentAt, String messageId, String text) {

    public MailMessage {
        text = text == null ? "" : text;
    }

    /** Pasted text has no headers except, perhaps, a subject. */
    public static MailMessage pasted(String subject, String text) {
        return new MailMessage(subject, null, null, null, text);
    }
}
