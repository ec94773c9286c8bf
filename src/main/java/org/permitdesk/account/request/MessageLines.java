package org.permitdesk.account.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message body cut into lines that know how old they are and whether they are a signature.
 * <p>
 * {@code age} is 0 for the newest text and grows with each forward or reply marker ("---------- Forwarded
 * message", "-----Original Message-----", "On … wrote:", a quoted From:/Sent:/To:/Subject: header block) and
 * with each level of {@code > } quoting. Header blocks are left out, but their subjects are kept, newest
 * first: a forwarded message's subject counts.
 */
final class MessageLines {

    private static final Pattern QUOTE_PREFIX = Pattern.compile("^((?:[ \\t]*>)+) ?");
    private static final Pattern MARKER = Pattern.compile("(?i)^\\s*(?:-{2,}\\s*(?:original message|forwarded message"
            + "|forwarded by[^-]*|message transféré|mensaje reenviado)\\s*-{2,}|begin forwarded message:?"
            + "|-+\\s*original message\\s*-+)\\s*$");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)^\\s*(?:on\\s.{4,}|.{0,200}<[^>\\s]+@[^>\\s]+>)"
            + "\\s+(?:wrote|writes|a écrit|escribió|schrieb)\\s*:\\s*$");
    private static final Pattern HEADER_START = Pattern.compile("(?i)^\\s*from\\s*:\\s*\\S.*");
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*(from|sent|date|to|cc|bcc|subject|reply-to"
            + "|importance|attachments)\\s*:\\s*(.*)$");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^\\s*(?:--|—|thanks|thank you|thanks so much"
            + "|thank you very much|many thanks|thx|regards|best regards|kind regards|warm regards|warmest regards"
            + "|best|all the best|sincerely|respectfully|cheers|v/r|yours truly|cordially|sent from my\\b.*"
            + "|get outlook for\\b.*)[\\s,.!]*(?:\\p{L}[\\p{L}.'-]*[\\s,]*){0,2}$");
    private static final Pattern NAME_LINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.&-]*"
            + "|of|and|the|de|la|del|van|von|&)){0,5}(?:\\s*[,|–-]\\s*[\\p{L}.&,| ]{1,40})?\\s*$");
    private static final Pattern GREETING = Pattern.compile("(?i)^\\s*(?:hi|hello|hey|dear|good (?:morning|afternoon"
            + "|evening|day)|greetings|team|all|sir|madam)\\b.*");
    private static final int HEADER_LOOKAHEAD = 6;
    private static final int MAX_SIGNATURE_LINES = 8;

    /** One line of the body, its quote marks removed. */
    record Line(String text, int age, boolean signature) {

        boolean isBlank() {
            return text.isBlank();
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> quotedSubjects = new ArrayList<>();

    private MessageLines() {
    }

    static MessageLines of(String text) {
        MessageLines result = new MessageLines();
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ')
                .replaceAll("[\u200b\u200c\u200d\ufeff]", "");
        result.read(cleaned.split("\n", -1));
        return result;
    }

    List<Line> lines() {
        return lines;
    }

    /** Subjects of forwarded or quoted messages, in the order they appear (newest first). */
    List<String> quotedSubjects() {
        return quotedSubjects;
    }

    private void read(String[] raw) {
        String[] text = new String[raw.length];
        int[] depth = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            Matcher quote = QUOTE_PREFIX.matcher(raw[i]);
            depth[i] = quote.find() ? (int) quote.group(1).chars().filter(c -> c == '>').count() : 0;
            text[i] = depth[i] > 0 ? raw[i].substring(quote.end()) : raw[i];
        }
        int markers = 0;
        boolean signature = false;
        for (int i = 0; i < text.length; i++) {
            if (i > 0 && depth[i] != depth[i - 1]) {
                signature = false;
            }
            int skip = markerLength(text, i);
            if (skip > 0) {
                markers++;
                signature = false;
                i += skip - 1;
                continue;
            }
            signature |= SIGN_OFF.matcher(text[i]).matches();
            boolean numbered = LabelMatcher.match(text[i]).map(LabelMatcher.LabelMatch::numbered).orElse(false);
            lines.add(new Line(text[i], markers + depth[i], signature && !numbered));
        }
        markClosingSignatures();
    }

    /**
     * The last paragraph of each message in the thread, when it starts with a name ("Lisa Park", then company,
     * then "Phone: …"), is a signature even without a sign-off: a forwarder's or sender's own numbers.
     */
    private void markClosingSignatures() {
        int end = lines.size();
        while (end > 0) {
            int age = lines.get(end - 1).age();
            int start = end;
            while (start > 0 && lines.get(start - 1).age() == age) {
                start--;
            }
            markClosingSignature(start, end);
            end = start;
        }
    }

    private void markClosingSignature(int start, int end) {
        int last = end - 1;
        while (last >= start && isSpacer(lines.get(last))) {
            last--;
        }
        int first = last;
        while (first > start && !isSpacer(lines.get(first - 1))) {
            first--;
        }
        if (last < start || last - first + 1 > MAX_SIGNATURE_LINES) {
            return;
        }
        String opening = lines.get(first).text();
        if (!NAME_LINE.matcher(opening).matches() || GREETING.matcher(opening).matches()) {
            return;
        }
        for (int i = first; i <= last; i++) {
            Line line = lines.get(i);
            boolean requestLine = LabelMatcher.match(line.text())
                    .map(match -> match.numbered() || match.templateLabel()).orElse(false);
            if (requestLine) {
                return;
            }
        }
        for (int i = first; i <= last; i++) {
            Line line = lines.get(i);
            lines.set(i, new Line(line.text(), line.age(), true));
        }
    }

    /** A blank line, or a separator such as "________" or "-----". */
    private static boolean isSpacer(Line line) {
        return !line.text().matches(".*[\\p{L}\\p{N}].*");
    }

    /** How many lines a forward/reply marker or quoted header block at {@code i} takes; 0 when there is none. */
    private int markerLength(String[] text, int i) {
        if (MARKER.matcher(text[i]).matches() || ATTRIBUTION.matcher(text[i]).matches()) {
            return 1;
        }
        if (i + 1 < text.length && text[i].strip().matches("(?i)on\\s.+")
                && ATTRIBUTION.matcher(text[i].strip() + " " + text[i + 1].strip()).matches()) {
            return 2;
        }
        return headerBlockLength(text, i).orElse(0);
    }

    /** From:, then Sent:/Date: and To:/Subject: within a few lines: a quoted message's headers. */
    private Optional<Integer> headerBlockLength(String[] text, int start) {
        if (!HEADER_START.matcher(text[start]).matches()) {
            return Optional.empty();
        }
        boolean dated = false;
        boolean addressed = false;
        String subject = null;
        int end = start;
        while (end < text.length && end - start < HEADER_LOOKAHEAD * 2) {
            Matcher header = HEADER.matcher(text[end]);
            if (header.matches()) {
                String name = header.group(1).toLowerCase(java.util.Locale.ROOT);
                dated |= name.equals("sent") || name.equals("date");
                addressed |= name.equals("to") || name.equals("subject");
                subject = name.equals("subject") ? header.group(2).strip() : subject;
            } else if (text[end].isBlank() || !Character.isWhitespace(text[end].charAt(0)) || end == start) {
                break;
            }
            end++;
        }
        if (!dated || !addressed) {
            return Optional.empty();
        }
        if (subject != null && !subject.isEmpty()) {
            quotedSubjects.add(subject);
        }
        return Optional.of(end - start);
    }
}
