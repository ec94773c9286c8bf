package org.permitdesk.account.request;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which account a message asks for: from its subject (tolerating Fwd:/RE:, case, spacing and wording), else a
 * forwarded message's subject, else a template subject line in the text, else the labels the body fills in.
 */
final class AccountTypeDetector {

    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|antw)"
            + "\\s*(?:\\[\\d+])?\\s*:|\\[[^]]*]|\\(fwd\\))\\s*");
    private static final Pattern REQUEST_WORDS = Pattern.compile("\\b(?:etrakit|trakit|account|accounts|acct|login"
            + "|setup|signup|registration|username|portal|credentials|new user)\\b");
    private static final String ASKING = "(?:setup|create|new|request|requesting|need|needs|open|register"
            + "|registration|signup)";
    /** "account" alone is not enough in a subject ("Contractor account balance"); with these words it is. */
    private static final Pattern SUBJECT_REQUEST = Pattern.compile("\\b(?:etrakit|trakit|login|setup|signup"
            + "|registration|username|portal|credentials|new user)\\b|\\b(?:account|accounts|acct)\\b.*\\b" + ASKING
            + "\\b|\\b" + ASKING + "\\b.*\\b(?:account|accounts|acct)\\b");
    private static final Pattern BODY_REQUEST_WORDS = Pattern.compile("\\b(?:etrakit|trakit)\\b|\\b(?:account|acct"
            + "|login|username)\\b.*\\b" + ASKING + "\\b|\\b" + ASKING + "\\b.*\\b(?:account|acct|login|username)\\b");
    private static final Pattern INSPECTIONS = Pattern.compile("\\b(?:inspections?|inspector|reinspection)\\b");
    /** Words naming each account type, in {@link AccountType} order. */
    private static final List<Pattern> STRICT = List.of(
            Pattern.compile("\\b(?:contractors?|cslb)\\b"),
            Pattern.compile("\\b(?:property owners?|homeowners?|home owners?|owner builder)\\b"),
            Pattern.compile("\\bdesign (?:professionals?|pros?|prof|firm)\\b"));
    private static final List<Pattern> LOOSE = List.of(
            Pattern.compile("\\b(?:contracting|licensed builder)\\b"),
            Pattern.compile("\\bowners?\\b"),
            Pattern.compile("\\b(?:designer|architects?|architecture|engineers?|engineering)\\b"));
    private static final int MAX_BODY_LINE = 160;
    private static final int MIN_LABELS = 3;

    private AccountTypeDetector() {
    }

    /**
     * @param labels         the kinds of label the body fills in
     * @param templateLabels those written exactly as the handout writes them ("Contact Person Name")
     */
    static Optional<AccountType> detect(String subject, MessageLines body, Set<Concept> labels,
                                        Set<Concept> templateLabels) {
        Optional<AccountType> fromSubject = fromSubject(subject);
        if (fromSubject.isPresent()) {
            return fromSubject;
        }
        for (String quoted : body.quotedSubjects()) {
            Optional<AccountType> type = fromSubject(quoted);
            if (type.isPresent()) {
                return type;
            }
        }
        Optional<AccountType> fromTemplateLine = fromBodyLines(body.lines(), true);
        if (fromTemplateLine.isPresent()) {
            return fromTemplateLine;
        }
        if (asksForAnAccount(subject, body)) {
            return fromLabels(labels, weakType(subject))
                    .or(() -> labels.size() >= 2 ? fromBodyLines(body.lines(), false) : Optional.empty());
        }
        return fromTemplateLabels(labels, templateLabels, mentionsInspections(body));
    }

    /**
     * A subject that names an account type and asks for an account setup, a login or eTRAKiT. A subject that
     * only names a type ("Contractor account") is a hint, used when the body fills in the fields.
     */
    static Optional<AccountType> fromSubject(String subject) {
        String words = words(withoutReplyPrefixes(subject));
        return SUBJECT_REQUEST.matcher(words).find() ? typeNamed(words, true) : Optional.empty();
    }

    /** The body's own "Contractor - eTRAKiT Account Setup" line (newest first), or a sentence asking for one. */
    private static Optional<AccountType> fromBodyLines(List<MessageLines.Line> lines, boolean templateOnly) {
        return lines.stream()
                .filter(line -> !line.signature() && line.text().length() <= MAX_BODY_LINE)
                .sorted((a, b) -> Integer.compare(a.age(), b.age()))
                .map(line -> words(line.text()))
                .filter(words -> templateOnly ? isTemplateSubject(words) : BODY_REQUEST_WORDS.matcher(words).find())
                .map(words -> typeNamed(words, !templateOnly))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean isTemplateSubject(String words) {
        return words.matches(".*\\b(?:contractor|property owner|design professionals?) etrakit (?:account|login)"
                + " setup\\b.*");
    }

    /**
     * The fields filled in: a CSLB number means a contractor; with a permit number, the design template's
     * labels (business, mailing address, contact person) against the owner's (name, address) decide.
     */
    private static Optional<AccountType> fromLabels(Set<Concept> found, Optional<AccountType> subjectHint) {
        if (found.size() < MIN_LABELS) {
            return subjectHint.filter(hint -> found.size() >= 2);
        }
        if (found.contains(Concept.LICENSE)) {
            return Optional.of(AccountType.CONTRACTOR);
        }
        if (subjectHint.isPresent()) {
            return subjectHint;
        }
        long business = count(found, Concept.BUSINESS, Concept.MAILING_ADDRESS, Concept.CONTACT_PERSON);
        long personal = count(found, Concept.NAME, Concept.ADDRESS, Concept.SITE_ADDRESS);
        if (!found.contains(Concept.PERMIT)) {
            return business > 0 ? Optional.of(AccountType.CONTRACTOR)
                    : personal > 0 ? Optional.of(AccountType.PROPERTY_OWNER) : Optional.empty();
        }
        if (business + personal == 0) {
            return Optional.empty();
        }
        return Optional.of(business > personal ? AccountType.DESIGN_PROFESSIONAL : AccountType.PROPERTY_OWNER);
    }

    private static long count(Set<Concept> found, Concept... concepts) {
        return Arrays.stream(concepts).filter(found::contains).count();
    }

    /**
     * With no word about an account anywhere, only the template itself counts: a CSLB number with the other
     * contractor fields (and no permit or job site, unlike an inspection request), or, in a message that does
     * not talk about inspections, a permit number with the other fields of the owner or design template.
     */
    private static Optional<AccountType> fromTemplateLabels(Set<Concept> labels, Set<Concept> templateLabels,
                                                            boolean aboutInspections) {
        boolean jobRelated = labels.contains(Concept.PERMIT) || labels.contains(Concept.SITE_ADDRESS);
        if (labels.contains(Concept.LICENSE) && labels.size() >= MIN_LABELS + 1 && !jobRelated) {
            return Optional.of(AccountType.CONTRACTOR);
        }
        if (aboutInspections || !labels.contains(Concept.PERMIT)) {
            return Optional.empty();
        }
        boolean likeTheTemplate = templateLabels.size() >= MIN_LABELS + 1;
        boolean contactable = labels.contains(Concept.EMAIL) && labels.contains(Concept.PHONE);
        boolean addressed = labels.contains(Concept.ADDRESS) || labels.contains(Concept.SITE_ADDRESS)
                || labels.contains(Concept.MAILING_ADDRESS);
        if (labels.contains(Concept.BUSINESS) && (likeTheTemplate || (contactable && addressed))) {
            return Optional.of(AccountType.DESIGN_PROFESSIONAL);
        }
        boolean named = labels.contains(Concept.NAME) || labels.contains(Concept.CONTACT_PERSON);
        return named && addressed && (likeTheTemplate || contactable)
                ? Optional.of(AccountType.PROPERTY_OWNER) : Optional.empty();
    }

    private static boolean asksForAnAccount(String subject, MessageLines body) {
        return REQUEST_WORDS.matcher(words(withoutReplyPrefixes(subject))).find() || body.lines().stream()
                .anyMatch(line -> !line.signature() && BODY_REQUEST_WORDS.matcher(words(line.text())).find());
    }

    private static boolean mentionsInspections(MessageLines body) {
        return body.lines().stream().anyMatch(line -> INSPECTIONS.matcher(words(line.text())).find());
    }

    /** A subject that names a type without asking for an account ("Park Electric - contractor"): a hint only. */
    private static Optional<AccountType> weakType(String subject) {
        return typeNamed(words(withoutReplyPrefixes(subject)), true);
    }

    /**
     * The account type a text names. The handout's words ("contractor", "property owner", "design professional")
     * count before looser ones ("owner", "architect", "engineer"); the first one written wins.
     */
    private static Optional<AccountType> typeNamed(String words, boolean allowLooseWords) {
        Optional<AccountType> strict = firstNamed(words, STRICT);
        if (strict.isPresent() || !allowLooseWords) {
            return strict;
        }
        return firstNamed(words, LOOSE);
    }

    private static Optional<AccountType> firstNamed(String words, List<Pattern> patterns) {
        AccountType first = null;
        int firstAt = Integer.MAX_VALUE;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher matcher = patterns.get(i).matcher(words);
            if (matcher.find()) {
                if (matcher.start() < firstAt) {
                    firstAt = matcher.start();
                    first = AccountType.values()[i];
                }
            }
        }
        return Optional.ofNullable(first);
    }

    static String withoutReplyPrefixes(String subject) {
        String text = subject == null ? "" : subject;
        Matcher prefix = REPLY_PREFIX.matcher(text);
        while (prefix.lookingAt() && prefix.end() > 0) {
            text = text.substring(prefix.end());
            prefix = REPLY_PREFIX.matcher(text);
        }
        return text.strip();
    }

    /** Lower case words separated by single spaces; "e-TRAKiT" → "etrakit", "set up" → "setup", "log in" → "login". */
    static String words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return lower.replaceAll("\\be trakit\\b", "etrakit").replaceAll("\\bset up\\b", "setup")
                .replaceAll("\\blog in\\b", "login").replaceAll("\\bsign up\\b", "signup")
                .replaceAll("\\buser name\\b", "username").replaceAll("\\be trak it\\b", "etrakit")
                .replaceAll("\\betrak it\\b", "etrakit");
    }
}
