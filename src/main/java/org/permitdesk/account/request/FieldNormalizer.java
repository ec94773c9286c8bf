package org.permitdesk.account.request;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a value as written into the value PermitDesk keeps, or says why it cannot: CSLB numbers to digits,
 * phones to {@code (NNN) NNN-NNNN xNNN}, emails checked, addresses joined with ", ", names trimmed.
 * An invalid value is never returned as a value.
 */
public final class FieldNormalizer {

    /** The value to keep, or the problem with what was written; exactly one is present. */
    public record Normalized(String value, String problem) {

        static Normalized valid(String value) {
            return new Normalized(value, null);
        }

        static Normalized invalid(String problem) {
            return new Normalized(null, problem);
        }

        public boolean isValid() {
            return value != null;
        }
    }

    private static final String CLASS = "(?:[A-D](?:-?\\d{1,2})?|ASB|HAZ)";
    private static final Pattern LICENCE = Pattern.compile("(?i)^(?:(?:class(?:ification)?\\s*)?" + CLASS
            + "(?:\\s*[,/&]\\s*" + CLASS + ")*\\s*[-\\s:]\\s*)?(\\d{1,8})"
            + "(?:\\s*[-,]?\\s*\\(?(?:class(?:ification)?\\s*)?"
            + CLASS + "(?:\\s*[,/&]\\s*" + CLASS + ")*\\)?)?$");
    private static final Pattern LICENCE_THEN_WORDS = Pattern.compile("(?i)^(?:(?:class(?:ification)?\\s*)?" + CLASS
            + "(?:\\s*[,/&]\\s*" + CLASS + ")*\\s*[-\\s:]\\s*)?(\\d{1,8})(?!\\d)(?<rest>(?:[\\s,;(\\[].*)?)$");
    private static final Pattern CLASS_CODES = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:class(?:ification)?s?\\s*)?"
            + "(?:[A-D](?:-?\\d{1,2})?|ASB|HAZ)(?![\\p{L}\\p{N}])");
    /** Words after a licence number: a trade, a status, in parentheses or after a dash; no digits, no sentence. */
    private static final Pattern AFTER_LICENCE = Pattern.compile("^[\\s,;:()\\[\\]/&.–—-]*+(?:[\\p{L}][\\p{L}'’.&-]*+"
            + "[\\s,;:()\\[\\]/&.–—-]*+){0,8}$");
    /** A licence applied for or not held ("pending", "in process", "none"): there is no licence number to take. */
    private static final Pattern NOT_HELD_YET = Pattern.compile("(?i)\\b(?:pending|applied|applying|application"
            + "|in process|in progress|waiting|awaiting|expected|tbd|none|n/a)\\b");
    private static final Pattern LICENCE_WORDS = Pattern.compile("(?i)\\b(?:cslb|ca|calif|california|state|contractors?"
            + "|contractor's|lic|licen[cs]e|licensed|no|nos|num|number|nbr)\\b\\.?|[#:]");
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]"
            + "(?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
            + "\\.[A-Za-z]{2,}$");
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+"
            + "\\.[A-Za-z]{2,}");
    private static final Pattern PERMIT = Pattern.compile("(?i)^[a-z]{0,8}[-\\s]?\\d[a-z0-9]*(?:[-/.][a-z0-9]+)*$");
    /** A permit number inside a sentence: letters then digits, as the city's numbering templates make them. */
    private static final Pattern PERMIT_IN_TEXT = Pattern.compile("(?i)\\b[a-z]{1,8}-?\\d{2,}(?:-\\d{2,})+\\b"
            + "|\\b[a-z]{1,8}\\d{4,}\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^(?:n/?a|none|nil|-+|\\?+|tbd|tba|unknown|pending"
            + "|same|same as above|see above|see below|see attached|x+|\\.+)$");
    private static final int MAX_TEXT_LENGTH = 200;

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    /** The value to keep for {@code field}, or what is wrong with what was written (used for the clerk's form too). */
    public Normalized normalize(RequestField field, String written) {
        if (field == RequestField.MAILING_ADDRESS || field == RequestField.ADDRESS) {
            return text(field, joinAddress(written));
        }
        String value = written.replaceAll("\\s+", " ").strip();
        switch (field) {
            case CSLB_NUMBER:
                return licence(value);
            case PHONE:
                return phone(value);
            case EMAIL:
                return email(value);
            case PERMIT_NUMBER:
                return permitNumber(value);
            default:
                return text(field, value);
        }
    }

    /** Whether a value written after a label of this kind would be kept (used where the label alone is not enough). */
    boolean isValid(Concept concept, String written) {
        String value = written.replaceAll("\\s+", " ").strip();
        switch (concept) {
            case LICENSE:
                return licence(value).isValid();
            case PHONE:
                return phone(value).isValid();
            case EMAIL:
                return email(value).isValid();
            case PERMIT:
                return permitNumber(value).isValid();
            default:
                return !value.isEmpty();
        }
    }

    /**
     * "Lic. #B-1009988" → 1009988, "C10 #123456" → 123456, "987123 C-36 Plumbing" or "987123 (active)" → 987123:
     * classification codes and words around the number are left out; anything but 1 to 8 digits, a second number,
     * or a licence not held yet ("pending", "applied for") is not a licence number.
     */
    Normalized licence(String written) {
        String stripped = LICENCE_WORDS.matcher(written).replaceAll(" ").replaceAll("\\s+", " ")
                .replaceAll("^[\\s.,:-]+|[\\s.,:;]+$", "");
        if (!NOT_HELD_YET.matcher(written).find()) {
            for (String candidate : List.of(stripped, stripped.replaceAll("\\([^)]*\\)", " ").strip())) {
                Matcher licence = LICENCE.matcher(candidate);
                if (licence.matches()) {
                    return Normalized.valid(licence.group(1));
                }
            }
            Matcher followed = LICENCE_THEN_WORDS.matcher(stripped);
            if (followed.matches() && onlyClassesAndWords(followed.group("rest"))) {
                return Normalized.valid(followed.group(1));
            }
        }
        return Normalized.invalid("CSLB number \"" + written + "\" is not a licence number: it must be 1 to 8 digits."
                + " Ask the contractor for their California (CSLB) licence number.");
    }

    /** What follows a licence number: classification codes ("C-36", "B, C10") and words ("Plumbing", "(active)"). */
    private static boolean onlyClassesAndWords(String rest) {
        String words = CLASS_CODES.matcher(rest).replaceAll(" ");
        return !words.matches("(?s).*\\d.*") && AFTER_LICENCE.matcher(words).matches();
    }

    /**
     * A US number as {@code (760) 555-0123}, with {@code x204} for an extension. Letters are not read as digits
     * ("760-555-CALL" is not taken as a number).
     */
    Normalized phone(String written) {
        Optional<PhoneNumber> number = parsePhone(written);
        if (number.isEmpty()) {
            return Normalized.invalid("Phone number \"" + written + "\" is not a phone number."
                    + " Ask for a phone number with area code, e.g. (760) 555-0123.");
        }
        PhoneNumber phone = number.get();
        String extension = phone.hasExtension() ? " x" + phone.getExtension() : "";
        PhoneNumber withoutExtension = new PhoneNumber().mergeFrom(phone).clearExtension();
        PhoneNumberFormat format = phone.getCountryCode() == 1 ? PhoneNumberFormat.NATIONAL
                : PhoneNumberFormat.INTERNATIONAL;
        return Normalized.valid(phones.format(withoutExtension, format) + extension);
    }

    private Optional<PhoneNumber> parsePhone(String written) {
        String cleaned = written.replaceAll("(?i)\\((?=[^)]*\\p{L})[^)]*\\)", " ")
                .replaceAll("(?i)\\b(?:cell|mobile|office|work|home|main|direct|desk|tel|phone)\\b\\.?:?", " ")
                .strip();
        boolean onlyNumberAndExtension = !cleaned.replaceAll("(?i)\\b(?:ext|extn|extension)\\b\\.?|x(?=\\s*\\d)", "")
                .matches("(?s).*\\p{L}.*");
        try {
            PhoneNumber parsed = phones.parse(cleaned, "US");
            if (onlyNumberAndExtension && phones.isValidNumber(parsed)) {
                return Optional.of(parsed);
            }
        } catch (NumberParseException notANumber) {
            // perhaps there is a number somewhere in the text: look for one below
        }
        Iterator<PhoneNumberMatch> found = phones.findNumbers(written, "US").iterator();
        return found.hasNext() ? Optional.of(found.next().number()) : Optional.empty();
    }

    /** One address; "Name <a@b.com>", "a@b.com <mailto:a@b.com>", "a@b.com (work)" are read as that address. */
    Normalized email(String written) {
        String value = written.replaceAll("(?i)mailto:", "").replaceAll("[\\s.,;]+$", "").strip();
        if (EMAIL.matcher(value).matches()) {
            return Normalized.valid(value);
        }
        List<String> found = new ArrayList<>();
        Matcher inText = EMAIL_IN_TEXT.matcher(value);
        while (inText.find()) {
            String address = inText.group().replaceAll("\\.+$", "");
            if (found.stream().noneMatch(address::equalsIgnoreCase) && EMAIL.matcher(address).matches()) {
                found.add(address);
            }
        }
        if (found.size() == 1) {
            return Normalized.valid(found.get(0));
        }
        return Normalized.invalid("Contact email \"" + written + "\" is not an email address."
                + " Ask for " + (found.size() > 1 ? "one" : "the") + " email address the account should use.");
    }

    /** "B2609-0412", "RERF2026-0031"; several numbers are kept as a list; one number in a sentence is found. */
    Normalized permitNumber(String written) {
        String value = written.replaceAll("(?i)^(?:#|no\\.?|number)\\s*", "").replaceAll("[.\\s]+$", "").strip();
        String[] permits = value.split("\\s*(?:[,;&]|\\band\\b)\\s*");
        boolean allPermits = permits.length > 0;
        for (String permit : permits) {
            allPermits &= PERMIT.matcher(permit).matches() && !PLACEHOLDER.matcher(permit).matches();
        }
        if (allPermits) {
            return Normalized.valid(String.join(", ", permits).toUpperCase(Locale.ROOT));
        }
        Matcher inText = PERMIT_IN_TEXT.matcher(value);
        if (inText.find()) {
            String found = inText.group();
            if (!inText.find()) {
                return Normalized.valid(found.toUpperCase(Locale.ROOT));
            }
        }
        return Normalized.invalid("Permit number \"" + written + "\" is not a permit number."
                + " Ask for " + RequestField.PERMIT_NUMBER.askFor() + ".");
    }

    private static Normalized text(RequestField field, String value) {
        String cleaned = value.replaceAll("^[\\s,;:\"'-]+|[\\s,;\"']+$", "");
        if (cleaned.isEmpty() || PLACEHOLDER.matcher(cleaned).matches() || !cleaned.matches("(?s).*\\p{L}.*")
                || cleaned.length() > MAX_TEXT_LENGTH) {
            return Normalized.invalid(field.label() + " \"" + value + "\" is not " + article(field)
                    + " Ask for " + field.askFor() + ".");
        }
        return Normalized.valid(cleaned);
    }

    private static String article(RequestField field) {
        return field.label().toLowerCase(Locale.ROOT).startsWith("a") ? "an " + field.label().toLowerCase(Locale.ROOT)
                + "." : "a " + field.label().toLowerCase(Locale.ROOT) + ".";
    }

    /** Address lines as written, one per line or already with commas, as one line joined with ", ". */
    static String joinAddress(String lines) {
        List<String> parts = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String part = line.replaceAll("\\s+", " ").replaceAll("^[\\s,;]+|[\\s,;]+$", "");
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts).replaceAll("\\s*,(?:\\s*,)+\\s*", ", ");
    }
}
