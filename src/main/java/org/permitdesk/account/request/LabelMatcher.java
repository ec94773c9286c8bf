package org.permitdesk.account.request;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a labelled line of a request, "6. Contact Phone Number: 7605550147", with or without the
 * handout's numbering, with the label's many spellings, and without a colon where the value speaks for
 * itself ("CSLB Lic. #B-1009988", "Phone 760-555-0100").
 */
final class LabelMatcher {

    private static final String NUMBERING = "^\\s*(?:(?<number>\\(?\\d{1,2}\\s*[.)]|#\\d{1,2}[.)]?|\\d{1,2}\\s+[-–])"
            + "\\s*|[-*•·▪►○]\\s+)?";
    private static final String LABEL = "(?<label>\\p{L}[\\p{L}\\p{N} .'’/#&()_-]{0,50}?)\\s*";
    /** "Label: value" first; "Label - value", "Label = value", a tab or a wide gap only when no colon label fits. */
    private static final List<Pattern> WITH_SEPARATOR = List.of(
            Pattern.compile(NUMBERING + LABEL + "[:：]\\s*(?<value>.*)$"),
            Pattern.compile(NUMBERING + LABEL + "(?:\\s=|\\t| {2,}|\\s[-–—]\\s)\\s*(?<value>.*)$"));
    /** "My name is …", "Permit number is …": believed for names and addresses only after "my"/"our". */
    private static final Pattern PHRASE = Pattern.compile(NUMBERING
            + "(?<label>\\p{L}[\\p{L} #.'’-]{1,40}?)\\s+(?:is|are|should be|will be)\\s+(?<value>.+)$");
    private static final Pattern PERSONAL = Pattern.compile("(?i)^\\s*(?:my|our)\\s.*\\b(?:name|address)\\s*$");
    /** A line that is a label and nothing else, "2. Business Name", its value on the next line. */
    private static final Pattern ALONE = Pattern.compile(NUMBERING + "(?<label>\\p{L}[\\p{L}\\p{N} .'’/#&()_-]{0,50}?)\\s*$");
    private static final Pattern WITHOUT_SEPARATOR = Pattern.compile(NUMBERING + "(?<rest>\\p{L}.*)$");
    private static final Pattern FILLER_BEFORE = Pattern.compile("^(?:(?:here is|here are|heres|here s|please use"
            + "|please update|it s|its|my|our|the|new|correct|corrected|updated|current|best|and)\\s)+");
    private static final Pattern FILLER_AFTER = Pattern.compile("\\s(?:is|are|should be|will be|would be|please)$");
    private static final int MAX_LABEL_WORDS = 5;
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final Map<String, Concept> USUAL_LABELS = usualLabels();
    /**
     * Labels believed alone on a line without their number (normalised): the handout's and their usual synonyms.
     * Not "Owner", "Company" or "Business": alone on a line in a signature they are a job title or a heading.
     */
    private static final Set<String> LABELS_ALONE = labelsAlone();

    /**
     * A recognised label and the value written after it on the same line (possibly empty). Without a separator
     * only a licence, phone, email or permit label, or the handout's own words ("Business Name"), are taken.
     */
    record LabelMatch(Concept concept, boolean numbered, boolean templateLabel, String value,
                      boolean withoutSeparator, boolean alone) {
    }

    private LabelMatcher() {
    }

    private static Map<String, Concept> usualLabels() {
        Map<String, Concept> labels = new LinkedHashMap<>();
        for (Concept concept : Concept.values()) {
            labels.put(concept.templateLabel(), concept);
        }
        labels.put("license number", Concept.LICENSE);
        labels.put("company name", Concept.BUSINESS);
        labels.put("contact name", Concept.CONTACT_PERSON);
        labels.put("owner name", Concept.NAME);
        labels.put("email address", Concept.EMAIL);
        labels.put("email", Concept.EMAIL);
        labels.put("phone number", Concept.PHONE);
        labels.put("phone", Concept.PHONE);
        return Collections.unmodifiableMap(labels);
    }

    private static Set<String> labelsAlone() {
        Set<String> labels = new HashSet<>(USUAL_LABELS.keySet());
        labels.addAll(List.of("cslb license number", "cslb licence number", "cslb license", "cslb licence",
                "cslb lic number", "license", "licence", "licence number", "lic number", "contractor license number",
                "contractors license number", "state license number", "contact person", "contact phone",
                "contact email address", "email address", "telephone", "telephone number", "cell", "cell phone",
                "mobile", "permit", "owners name", "property owner name", "full name", "property address",
                "site address", "street address", "project address", "owner address"));
        return Collections.unmodifiableSet(labels);
    }

    static Optional<LabelMatch> match(String line) {
        String cleaned = line.replace("*", "").replace('\u00a0', ' ');
        for (Pattern pattern : WITH_SEPARATOR) {
            Matcher separated = pattern.matcher(cleaned);
            if (separated.matches()) {
                Optional<LabelMatch> match = labelled(separated.group("label"), separated.group("number") != null,
                        separated.group("value"), false);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return matchPhrase(cleaned).or(() -> matchAlone(cleaned)).or(() -> matchWithoutSeparator(cleaned));
    }

    private static Optional<LabelMatch> matchPhrase(String line) {
        Matcher phrase = PHRASE.matcher(line);
        if (!phrase.matches()) {
            return Optional.empty();
        }
        String label = phrase.group("label");
        return labelled(label, phrase.group("number") != null, phrase.group("value"), true)
                .filter(match -> match.concept().hasRecognisableValue() || PERSONAL.matcher(label).matches());
    }

    /**
     * A line that is exactly a label, without its colon: any label when it carries the handout's number
     * ("2. Business Name"), else only the handout's labels and their usual synonyms ("Company Name", "E-mail").
     */
    private static Optional<LabelMatch> matchAlone(String line) {
        Matcher alone = ALONE.matcher(line);
        if (!alone.matches()) {
            return Optional.empty();
        }
        boolean numbered = alone.group("number") != null;
        String normalised = normalise(alone.group("label"));
        if (!numbered && !LABELS_ALONE.contains(normalised)) {
            return Optional.empty();
        }
        return concept(normalised).map(concept -> new LabelMatch(concept, numbered,
                concept.isTemplateLabel(normalised), "", false, true));
    }

    /** Whether a word followed by a colon is a request label ("Name", "Email"), not a mail header. */
    static boolean isRequestLabel(String label) {
        return concept(normalise(label)).isPresent();
    }

    private static Optional<LabelMatch> matchWithoutSeparator(String line) {
        Matcher start = WITHOUT_SEPARATOR.matcher(line.replace("#", " #"));
        if (!start.matches()) {
            return Optional.empty();
        }
        String[] words = start.group("rest").strip().split("\\s+");
        for (int count = Math.min(MAX_LABEL_WORDS, words.length - 1); count >= 1; count--) {
            String label = String.join(" ", Arrays.copyOfRange(words, 0, count));
            String value = String.join(" ", Arrays.copyOfRange(words, count, words.length));
            Optional<LabelMatch> match = labelled(label, start.group("number") != null, value, true);
            if (match.isPresent() && (match.get().concept().hasRecognisableValue()
                    || (match.get().templateLabel() && count > 1))) {
                return match;
            }
        }
        return Optional.empty();
    }

    private static Optional<LabelMatch> labelled(String label, boolean numbered, String value, boolean bare) {
        String normalised = normalise(label);
        return concept(normalised).map(concept -> new LabelMatch(concept, numbered,
                concept.isTemplateLabel(normalised), value.strip(), bare, false));
    }

    private static Optional<Concept> concept(String normalisedLabel) {
        if (normalisedLabel.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(Concept.values()).filter(concept -> concept.matches(normalisedLabel)).findFirst()
                .or(() -> misspelt(normalisedLabel));
    }

    /** "Buisness Name", "Adress", "Emial", "CSLB Numer": one slip (two in a long label) from a usual label. */
    private static Optional<Concept> misspelt(String label) {
        if (label.length() < MIN_FUZZY_LENGTH) {
            return Optional.empty();
        }
        int allowed = label.length() >= 2 * MIN_FUZZY_LENGTH + 2 ? 2 : 1;
        return USUAL_LABELS.entrySet().stream()
                .filter(usual -> Math.abs(usual.getKey().length() - label.length()) <= allowed)
                .filter(usual -> editDistance(usual.getKey(), label) <= allowed)
                .map(Map.Entry::getValue).findFirst();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** "CSLB Lic. #" → "cslb lic number"; "E-mail Address (work)" → "email address"; "Owner's Name" → "owners name". */
    static String normalise(String label) {
        String text = label.toLowerCase(Locale.ROOT)
                .replaceAll("\\([^)]*\\)?", " ")
                .replace("#", " number ")
                .replaceAll("['’]s\\b", "s")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        text = text.replaceAll("\\be mail\\b", "email").replaceAll("\\b(number|no|num) number\\b", "$1");
        return FILLER_AFTER.matcher(FILLER_BEFORE.matcher(text).replaceFirst("")).replaceFirst("");
    }
}
