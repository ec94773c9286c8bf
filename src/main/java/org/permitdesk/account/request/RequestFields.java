package org.permitdesk.account.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every labelled value in a message and picks, per field, the one to believe: request text before a
 * signature, the newest text before quoted or forwarded older text, the handout's numbered lines before
 * loose labels, the first written before later ones.
 */
final class RequestFields {

    /** A value written after (or under) a label somewhere in the message. */
    record Candidate(Concept concept, String value, int age, boolean signature, boolean numbered,
                     boolean templateLabel, int index) {
    }

    private static final Pattern ZIP_AT_END = Pattern.compile(".*\\b\\d{5}(?:-\\d{4})?\\s*$");
    /** A city/state/ZIP line, a suite or PO box, or a street ("3120 Bob Hope Dr"). */
    private static final Pattern ADDRESS_LIKE = Pattern.compile("(?i).*\\b(?:\\d{5}(?:-\\d{4})?|CA|Calif\\.?"
            + "|California)\\b.*|\\s*(?:suite|ste|unit|apt|bldg|building|floor|fl|#\\s*\\d|p\\.?\\s*o\\.?\\s*box)\\b.*"
            + "|\\s*\\d+\\s+\\p{L}.*");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\(?\\d{1,2}\\s*[.)]\\s.*");
    private static final Pattern REFERS_ELSEWHERE = Pattern.compile("(?i)^(?:same|same as (?:above|before|below)"
            + "|see (?:above|below)|unchanged|no change)[.!]?$");
    private static final int MAX_ADDRESS_LINES = 4;
    private static final int MAX_VALUE_LINE = 120;

    private final FieldNormalizer normalizer;

    RequestFields(FieldNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    List<Candidate> candidates(MessageLines body) {
        List<MessageLines.Line> lines = body.lines();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            MessageLines.Line line = lines.get(i);
            Optional<LabelMatcher.LabelMatch> found = LabelMatcher.match(line.text());
            if (found.isEmpty()) {
                continue;
            }
            LabelMatcher.LabelMatch match = found.get();
            String value = match.value();
            if (match.withoutSeparator() && !normalizer.isValid(match.concept(), value)) {
                continue;
            }
            if (value.isEmpty()) {
                value = valueBelow(lines, i, match.concept());
                if (match.alone() && !match.numbered() && match.concept().hasRecognisableValue()
                        && !normalizer.isValid(match.concept(), value)) {
                    continue;
                }
            } else if (match.concept().isAddress()) {
                value = String.join("\n", addressLines(lines, i, new ArrayList<>(List.of(value))));
            }
            if (!value.isBlank() && !REFERS_ELSEWHERE.matcher(value.strip()).matches()) {
                candidates.add(new Candidate(match.concept(), value, line.age(), line.signature(), match.numbered(),
                        match.templateLabel(), i));
            }
        }
        return candidates;
    }

    /** The kinds of label filled in; with {@code templateLabelsOnly}, only those written as the handout writes them. */
    static Set<Concept> conceptsFound(List<Candidate> candidates, boolean templateLabelsOnly) {
        Set<Concept> found = EnumSet.noneOf(Concept.class);
        candidates.stream().filter(candidate -> !templateLabelsOnly || candidate.templateLabel())
                .forEach(candidate -> found.add(candidate.concept()));
        return found;
    }

    /** For each field of the account type, the candidate to believe; fields with none are absent. */
    static Map<RequestField, Candidate> choose(AccountType type, List<Candidate> candidates) {
        Map<RequestField, Candidate> chosen = new EnumMap<>(RequestField.class);
        for (RequestField field : type.fields()) {
            List<Concept> sources = sources(type, field);
            candidates.stream()
                    .filter(candidate -> sources.contains(candidate.concept()))
                    .min(Comparator.comparing(Candidate::signature)
                            .thenComparingInt(Candidate::age)
                            .thenComparing(candidate -> !candidate.numbered())
                            .thenComparingInt(candidate -> sources.indexOf(candidate.concept()))
                            .thenComparing(candidate -> !candidate.templateLabel())
                            .thenComparingInt(Candidate::index))
                    .ifPresent(candidate -> chosen.put(field, candidate));
        }
        return chosen;
    }

    /** Which labels can fill a field, best first: a contractor's "Address" is their mailing address. */
    static List<Concept> sources(AccountType type, RequestField field) {
        boolean owner = type == AccountType.PROPERTY_OWNER;
        switch (field) {
            case CSLB_NUMBER:
                return List.of(Concept.LICENSE);
            case BUSINESS_NAME:
                return List.of(Concept.BUSINESS);
            case MAILING_ADDRESS:
                return List.of(Concept.MAILING_ADDRESS, Concept.ADDRESS);
            case CONTACT_NAME:
                return List.of(Concept.CONTACT_PERSON, Concept.NAME);
            case NAME:
                return owner ? List.of(Concept.NAME, Concept.CONTACT_PERSON) : List.of(Concept.NAME);
            case ADDRESS:
                return List.of(Concept.ADDRESS, Concept.SITE_ADDRESS, Concept.MAILING_ADDRESS);
            case EMAIL:
                return List.of(Concept.EMAIL);
            case PHONE:
                return List.of(Concept.PHONE);
            case PERMIT_NUMBER:
                return List.of(Concept.PERMIT);
            default:
                throw new IllegalArgumentException("No labels for " + field);
        }
    }

    /** "3. Mailing Address:" with the value on the following line(s). */
    private String valueBelow(List<MessageLines.Line> lines, int labelAt, Concept concept) {
        MessageLines.Line label = lines.get(labelAt);
        int at = labelAt + 1;
        boolean crossedBlank = false;
        while (at < lines.size() && lines.get(at).isBlank() && !crossedBlank) {
            crossedBlank = true;
            at++;
        }
        if (at >= lines.size() || !continuesFrom(label, lines.get(at))) {
            return "";
        }
        String first = lines.get(at).text().strip();
        if (crossedBlank && !standsAlone(lines, at, concept, first)) {
            return "";
        }
        if (!concept.isAddress()) {
            return first;
        }
        return String.join("\n", addressLines(lines, at, new ArrayList<>(List.of(first))));
    }

    /**
     * Past a blank line, a value is taken only if it is plainly one: a valid licence, phone, email or permit
     * number, or a lone line (or address block) followed by a blank line or the next label.
     */
    private boolean standsAlone(List<MessageLines.Line> lines, int at, Concept concept, String value) {
        if (concept.hasRecognisableValue()) {
            return normalizer.isValid(concept, value);
        }
        int after = concept.isAddress() ? at + addressLines(lines, at, new ArrayList<>(List.of(value))).size() : at + 1;
        return after >= lines.size() || lines.get(after).isBlank() || lines.get(after).age() != lines.get(at).age()
                || LabelMatcher.match(lines.get(after).text()).isPresent();
    }

    /** Lines after an address line that carry on the address: indented, or a city/ZIP, suite or street. */
    private static List<String> addressLines(List<MessageLines.Line> lines, int lastAt, List<String> parts) {
        for (int at = lastAt + 1; at < lines.size() && parts.size() < MAX_ADDRESS_LINES; at++) {
            MessageLines.Line next = lines.get(at);
            boolean carriesOn = next.text().startsWith("  ") || next.text().startsWith("\t")
                    || ADDRESS_LIKE.matcher(next.text()).matches();
            if (ZIP_AT_END.matcher(parts.get(parts.size() - 1)).matches() || next.isBlank()
                    || !continuesFrom(lines.get(lastAt), next) || !carriesOn) {
                break;
            }
            parts.add(next.text().strip());
        }
        return parts;
    }

    /** A line that can be part of the value above it: same message, not a label, not a sign-off, not prose. */
    private static boolean continuesFrom(MessageLines.Line above, MessageLines.Line line) {
        String text = line.text().strip();
        return line.age() == above.age() && line.signature() == above.signature() && !text.isEmpty()
                && text.length() <= MAX_VALUE_LINE && !text.endsWith(":") && !NUMBERED.matcher(text).matches()
                && LabelMatcher.match(text).isEmpty();
    }
}
