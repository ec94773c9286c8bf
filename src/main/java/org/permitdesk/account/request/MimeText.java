package org.permitdesk.account.request;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable text of a MIME part: text/plain preferred, HTML converted when it is all there is,
 * the parts of multipart/mixed joined, and an attached message (forwarded as attachment) written out
 * with a forwarded-message header so its subject and fields are found.
 */
final class MimeText {

    private static final int MAX_DEPTH = 12;

    String textOf(MimeMessage message) {
        return textOf(message, 0).strip();
    }

    private String textOf(Part part, int depth) {
        try {
            if (depth > MAX_DEPTH || isAttachedFile(part)) {
                return "";
            }
            if (part.isMimeType("text/plain")) {
                return decodedText(part);
            }
            if (part.isMimeType("text/html")) {
                return HtmlText.toText(decodedText(part));
            }
            if (part.isMimeType("multipart/alternative")) {
                return alternativeText(multipart(part), depth);
            }
            if (part.isMimeType("multipart/*")) {
                return mixedText(multipart(part), depth);
            }
            if (part.isMimeType("message/rfc822")) {
                return attachedMessageText(part, depth);
            }
            return "";
        } catch (IOException | MessagingException | IllegalArgumentException unreadablePart) {
            return fallbackText(part);
        }
    }

    private String alternativeText(Multipart alternatives, int depth) throws MessagingException {
        String other = "";
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            String text = textOf(part, depth + 1);
            if (part.isMimeType("text/plain") && !text.isBlank()) {
                return text;
            }
            if (other.isBlank()) {
                other = text;
            }
        }
        return other;
    }

    private String mixedText(Multipart parts, int depth) throws MessagingException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            String text = textOf(parts.getBodyPart(i), depth + 1);
            if (!text.isBlank()) {
                texts.add(text.strip());
            }
        }
        return String.join("\n\n", texts);
    }

    private String attachedMessageText(Part part, int depth) throws MessagingException, IOException {
        Object content = part.getContent();
        if (!(content instanceof MimeMessage)) {
            return "";
        }
        MimeMessage attached = (MimeMessage) content;
        StringBuilder text = new StringBuilder("---------- Forwarded message ---------\n");
        if (attached.getFrom() != null && attached.getFrom().length > 0) {
            text.append("From: ").append(MailReader.displayAddress(attached.getFrom()[0])).append('\n');
        }
        String date = attached.getHeader("Date", null);
        text.append("Date: ").append(date == null ? "" : date).append('\n');
        text.append("Subject: ").append(attached.getSubject() == null ? "" : attached.getSubject()).append("\n\n");
        return text.append(textOf(attached, depth + 1)).toString();
    }

    private static Multipart multipart(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart) {
            return (Multipart) content;
        }
        throw new MessagingException("not a multipart body");
    }

    /** Files attached to the message (a PDF, a photo, a .txt form) are not the message's own text. */
    private static boolean isAttachedFile(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && !part.isMimeType("message/rfc822");
    }

    private static String decodedText(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return RawText.decode(in.readAllBytes(), charsetOf(part));
        }
    }

    private static String charsetOf(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (ParseException badContentType) {
            return null;
        }
    }

    /** A part whose structure cannot be parsed: its raw text is better than nothing. */
    private static String fallbackText(Part part) {
        try (InputStream in = part.getInputStream()) {
            return RawText.decodeUnlabelled(in.readAllBytes());
        } catch (IOException | MessagingException unreadable) {
            return "";
        }
    }
}
