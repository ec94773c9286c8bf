package org.permitdesk.platform.mail;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One message as it lay in the mailbox: its raw RFC 822 bytes and when the server received it. A message too
 * large to read whole ({@code tooLarge}) holds only its first bytes, enough for its headers, so the caller can
 * still keep a record of it; {@code size} is then the full size the server reported.
 */
public record FetchedMessage(byte[] raw, Instant received, boolean tooLarge, long size) {

    public FetchedMessage {
        raw = Objects.requireNonNull(raw, "raw").clone();
        Objects.requireNonNull(received, "received");
    }

    /** A message read whole. */
    public FetchedMessage(byte[] raw, Instant received) {
        this(raw, received, false, raw.length);
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchedMessage that && Arrays.equals(raw, that.raw) && received.equals(that.received)
                && tooLarge == that.tooLarge && size == that.size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(raw), received, tooLarge, size);
    }

    /** Never the content: mail may hold personal data. */
    @Override
    public String toString() {
        return "FetchedMessage[" + size + " bytes" + (tooLarge ? ", too large, first " + raw.length + " kept" : "")
                + ", received " + received + "]";
    }
}
