package org.permitdesk.account.request;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message from raw RFC 822 bytes (an .eml file) or from pasted text: decodes headers (encoded words,
 * UTF-8), picks the plain-text body (or converts HTML), and tells input that is not mail at all apart.
 */
public final class MailReader {

    private static final Set<String> MAIL_HEADERS = Set.of("from", "to", "cc", "bcc", "subject", "date", "sent",
            "message-id", "mime-version", "content-type", "content-transfer-encoding", "received", "return-path",
            "reply-to", "sender", "delivered-to", "in-reply-to", "references", "thread-topic", "thread-index",
            "x-mailer", "user-agent", "importance", "dkim-signature", "authentication-results");
    private static final Pattern HEADER_LINE = Pattern.compile("^([!-9;-~]+)[ \\t]*:.*");
    private static final Pattern SUBJECT_LINE = Pattern.compile("^\\s*subject\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML = Pattern.compile("(?i)^\\s*(?:<!doctype html|<html|<body|<div|<p[ >]|<table)");
    private static final int MAX_HEADER_LINES = 500;
    /**
     * More header lines than any mail has (a long-forwarded message has a few hundred): a header block this long is
     * refused before parsing, which would take minutes (each line is matched against every request label).
     */
    static final int MAX_HEADER_BLOCK_LINES = 10_000;
    /** Likewise for the header block's size, whatever its lines. */
    static final int MAX_HEADER_BLOCK_CHARS = 1024 * 1024;

    private final Session session;
    private final MimeText mimeText;

    public MailReader() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        this.session = Session.getInstance(properties);
        this.mimeText = new MimeText();
    }

    /**
     * Reads an .eml file's bytes; text without mail headers is read as pasted text.
     *
     * @throws NotMailException when the bytes are empty, binary or nothing but blank space
     */
    public MailMessage read(byte[] raw) {
        if (raw.length == 0) {
            throw new NotMailException("The file is empty: it is not an email message.");
        }
        byte[] bytes = withoutUtf16(raw);
        RawText.binaryKind(bytes).ifPresent(kind -> {
            throw new NotMailException("This is " + kind + ", not an email message.");
        });
        String text = RawText.decodeUnlabelled(bytes).replace("\uFEFF", "");
        if (text.isBlank()) {
            throw new NotMailException("The file holds only blank space: it is not an email message.");
        }
        refuseHugeHeaderBlock(text);
        return hasMailHeaders(text) ? readMime(bytes) : readPasted(text);
    }

    /**
     * Reads text a clerk pasted: a message body, optionally starting with a "Subject:" line, or a whole
     * message source with its headers.
     *
     * @throws NotMailException when there is no text
     */
    public MailMessage readPasted(String pasted) {
        String text = pasted.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new NotMailException("There is no text to read: paste the message, or its body.");
        }
        refuseHugeHeaderBlock(text);
        if (hasMailHeaders(text)) {
            return readMime(text.getBytes(StandardCharsets.UTF_8));
        }
        String body = HTML.matcher(text).find() ? HtmlText.toText(text) : text.stripLeading();
        int end = body.indexOf('\n');
        Matcher subject = SUBJECT_LINE.matcher(end < 0 ? body : body.substring(0, end));
        if (subject.matches()) {
            return MailMessage.pasted(subject.group(1).strip(), end < 0 ? "" : body.substring(end + 1));
        }
        return MailMessage.pasted(null, body);
    }

    private MailMessage readMime(byte[] bytes) {
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(withoutMboxLine(bytes)));
            return new MailMessage(subject(message), from(message), sentAt(message), messageId(message),
                    mimeText.textOf(message), AutomaticMail.byHeaders(message).orElse(null));
        } catch (MessagingException unreadable) {
            throw new NotMailException("The message cannot be read: " + unreadable.getMessage());
        }
    }

    /**
     * The lines at the start that look like header lines ("Name: value", or a continuation), up to the first blank
     * line or other line: more than {@link #MAX_HEADER_BLOCK_LINES} of them, or {@link #MAX_HEADER_BLOCK_CHARS}, is no
     * email. Reads line by line and stops at the limit: no copy of the whole text.
     *
     * @throws NotMailException when the header block is longer than any email's
     */
    static void refuseHugeHeaderBlock(String text) {
        int start = 0;
        if (text.startsWith("From ")) { // an mbox separator line
            start = text.indexOf('\n') + 1;
            if (start == 0) {
                return;
            }
        }
        int lines = 0;
        int position = start;
        while (position < text.length()) {
            int end = text.indexOf('\n', position);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(position, Math.min(end, position + 1000));
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            boolean continuation = lines > 0 && (line.startsWith(" ") || line.startsWith("\t")) && !line.isBlank();
            if (line.isEmpty() || !(continuation || HEADER_LINE.matcher(line).matches())) {
                return;
            }
            lines++;
            if (lines > MAX_HEADER_BLOCK_LINES) {
                throw new NotMailException("The message has more than " + String.format(Locale.ROOT, "%,d",
                        MAX_HEADER_BLOCK_LINES) + " header lines: it is not an email message.");
            }
            if (end - start > MAX_HEADER_BLOCK_CHARS) {
                throw new NotMailException("The message's header lines take more than "
                        + MAX_HEADER_BLOCK_CHARS / (1024 * 1024) + " MB: it is not an email message.");
            }
            position = end + 1;
        }
    }

    /** A header block: header lines up to the first blank line, one a mail header, none a request label. */
    static boolean hasMailHeaders(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", MAX_HEADER_LINES);
        int first = lines.length > 0 && lines[0].startsWith("From ") ? 1 : 0;
        boolean mailHeader = false;
        for (int i = first; i < lines.length && !lines[i].isEmpty(); i++) {
            String line = lines[i];
            if (i > first && (line.startsWith(" ") || line.startsWith("\t"))) {
                continue;
            }
            Matcher header = HEADER_LINE.matcher(line);
            if (!header.matches()) {
                return false;
            }
            String name = header.group(1).toLowerCase(Locale.ROOT);
            if (LabelMatcher.isRequestLabel(name)) {
                return false;
            }
            mailHeader |= MAIL_HEADERS.contains(name);
        }
        return mailHeader;
    }

    private static String subject(MimeMessage message) throws MessagingException {
        try {
            return message.getSubject();
        } catch (MessagingException badEncoding) {
            return decodedHeader(message.getHeader("Subject", null));
        }
    }

    private static String from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0) {
                return displayAddress(from[0]);
            }
        } catch (MessagingException unparseableAddress) {
            // fall back to the header as written
        }
        try {
            return decodedHeader(message.getHeader("From", ", "));
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    /** "José Núñez <jose@example.com>", quoting the name only where it must be ("Martinez, Rosa"). */
    static String displayAddress(Address address) {
        if (!(address instanceof InternetAddress)) {
            return address.toString();
        }
        InternetAddress internet = (InternetAddress) address;
        String personal = internet.getPersonal();
        if (personal == null || personal.isBlank()) {
            return internet.getAddress();
        }
        boolean needsQuotes = personal.matches(".*[,;:<>@\"()\\[\\]\\\\].*");
        String name = needsQuotes ? '"' + personal.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : personal;
        return name + " <" + internet.getAddress() + ">";
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException unparseableDate) {
            return null;
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    private static String decodedHeader(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
        } catch (UnsupportedEncodingException unknownCharset) {
            return MimeUtility.unfold(raw).strip();
        }
    }

    private static byte[] withoutMboxLine(byte[] bytes) {
        if (bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("From ")) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    return Arrays.copyOfRange(bytes, i + 1, bytes.length);
                }
            }
        }
        return bytes;
    }

    /** Text saved as UTF-16 (Windows Notepad) has a byte-order mark; re-encode it so it is not taken for binary. */
    private static byte[] withoutUtf16(byte[] raw) {
        boolean littleEndian = raw.length >= 2 && (raw[0] & 0xff) == 0xFF && (raw[1] & 0xff) == 0xFE;
        boolean bigEndian = raw.length >= 2 && (raw[0] & 0xff) == 0xFE && (raw[1] & 0xff) == 0xFF;
        if (!littleEndian && !bigEndian) {
            return raw;
        }
        String text = new String(raw, 2, raw.length - 2,
                littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
