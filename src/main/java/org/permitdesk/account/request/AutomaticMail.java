package org.permitdesk.account.request;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells mail that no person wrote apart: out-of-office and other automatic replies, bounces (delivery status
 * notifications) and read receipts, by their headers (RFC 3834 {@code Auto-Submitted}, {@code X-Autoreply},
 * {@code Precedence}, a {@code multipart/report} body, a mailer-daemon sender) or by the subject such mail gets.
 * Each answer says what gave it away, for the clerk.
 */
final class AutomaticMail {

    private static final Pattern MAILER_DAEMON = Pattern.compile("(?i)\\b(?:mailer-daemon|postmaster)@");
    private static final Pattern AUTOMATIC_PRECEDENCE = Pattern.compile("(?i)^\\s*(?:auto_reply|bulk|junk)\\b.*");
    private static final Pattern NO = Pattern.compile("(?i)^\\s*(?:no|false|0)?\\s*(?:;.*)?$");
    /** The start of the subject an automatic reply or a bounce gets (Outlook, Gmail, Exchange, Postfix…). */
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile("(?i)^\\s*\\[?\\s*(?:automatic reply"
            + "|auto(?:matic)?[- ]?(?:reply|response|respond|answer)|out of (?:the )?office|ooo\\b|away from (?:the )?office"
            + "|on vacation|vacation (?:reply|response|message)|réponse automatique|respuesta automática"
            + "|abwesenheitsnotiz|automatische antwort)");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)^\\s*\\[?\\s*(?:undeliverable|undelivered mail"
            + "|delivery status notification|delivery (?:has )?failed|delivery failure|mail delivery (?:failed|failure"
            + "|subsystem)|returned mail|failure notice|message not delivered|non-?delivery report"
            + "|delivery notification)");

    private static final int MAX_SHOWN = 80;

    private AutomaticMail() {
    }

    /** What in a message's headers or body structure marks it automatic, if anything. */
    static Optional<String> byHeaders(MimeMessage message) throws MessagingException {
        if (message.isMimeType("multipart/report") || message.isMimeType("message/delivery-status")) {
            String type = message.getContentType().toLowerCase(Locale.ROOT);
            return Optional.of(type.contains("disposition-notification")
                    ? "a read receipt (a multipart/report disposition notification)"
                    : "a delivery failure notice, a bounce (a multipart/report delivery status notification)");
        }
        String submitted = message.getHeader("Auto-Submitted", ",");
        if (submitted != null && !NO.matcher(submitted).matches()) {
            return Optional.of("an automatic reply (header \"Auto-Submitted: " + shown(submitted) + "\")");
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Reply", "X-Autoresponder"}) {
            String value = message.getHeader(name, ",");
            if (value != null && !NO.matcher(value).matches()) {
                return Optional.of("an automatic reply (header \"" + name + ": " + shown(value) + "\")");
            }
        }
        String precedence = message.getHeader("Precedence", ",");
        if (precedence != null && AUTOMATIC_PRECEDENCE.matcher(precedence).matches()) {
            return Optional.of("an automatic or bulk message (header \"Precedence: " + shown(precedence) + "\")");
        }
        String from = message.getHeader("From", ",");
        if (from != null && MAILER_DAEMON.matcher(from).find()) {
            return Optional.of("a delivery failure notice, a bounce (sent by " + shown(from) + ")");
        }
        return Optional.empty();
    }

    /** A header value as the clerk sees it in the reason: on one line, cut to a sensible length. */
    private static String shown(String value) {
        String line = value.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_SHOWN ? line : line.substring(0, MAX_SHOWN) + "…";
    }

    /** What in a subject marks the message an automatic reply or a bounce ("Automatic reply: …", "Undeliverable: …"). */
    static Optional<String> bySubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher autoReply = AUTO_REPLY_SUBJECT.matcher(subject);
        if (autoReply.lookingAt()) {
            return Optional.of("an automatic reply (the subject starts \"" + autoReply.group().strip() + "\")");
        }
        Matcher bounce = BOUNCE_SUBJECT.matcher(subject);
        if (bounce.lookingAt()) {
            return Optional.of("a delivery failure notice, a bounce (the subject starts \"" + bounce.group().strip()
                    + "\")");
        }
        return Optional.empty();
    }
}
