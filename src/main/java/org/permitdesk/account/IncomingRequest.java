package org.permitdesk.account;

import java.time.Instant;

/** A message arriving in the inbox, before it is read: its bytes and where it came from. */
public record IncomingRequest(byte[] raw, RequestSource source, String sourceName, Instant receivedAt,
                              String messageId, String subject, String sender) {

    public IncomingRequest withHeaders(String messageId, String subject, String sender) {
        return new IncomingRequest(raw, source, sourceName, receivedAt, messageId, subject, sender);
    }
}
