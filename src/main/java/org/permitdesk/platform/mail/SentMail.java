package org.permitdesk.platform.mail;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a mail went out: handed to the SMTP server, or saved as an {@code .eml} file for the clerk's mail program.
 * Both carry the Message-ID that replies will name; only a saved one has a file.
 */
public record SentMail(Route route, String messageId, Path file) {

    public enum Route { SENT_BY_SMTP, SAVED_AS_FILE }

    public SentMail {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(messageId, "messageId");
        if ((route == Route.SAVED_AS_FILE) != (file != null)) {
            throw new IllegalArgumentException("a file belongs to SAVED_AS_FILE and only to it");
        }
    }

    public static SentMail sentBySmtp(String messageId) {
        return new SentMail(Route.SENT_BY_SMTP, messageId, null);
    }

    public static SentMail savedAsFile(String messageId, Path file) {
        return new SentMail(Route.SAVED_AS_FILE, messageId, file);
    }
}
