package org.permitdesk.account.cslb;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.permitdesk.platform.ShownText;

/**
 * Reads the values PermitDesk keeps from one line of the CSLB licence master file (52 columns, no header;
 * see the columns in {@code COLUMNS.md}). A line that cannot be stored as it is gets rejected with a
 * reason in plain words: it is never half-stored or guessed at.
 */
final class CslbLineParser {

    static final int COLUMNS = 52;

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 200;
    static final int MAX_CITY = 60;
    static final int MAX_STATE = 20;
    static final int MAX_ZIP = 10;
    static final int MAX_PHONE = 30;
    static final int MAX_STATUS = 40;
    static final int MAX_SECONDARY_STATUS = 60;
    static final int MAX_CLASSIFICATIONS = 200;
    static final int MAX_COVERAGE = 60;

    /** The largest licence number: 8 digits. */
    static final int MAX_LICENCE_NUMBER = 99_999_999;

    // Zero-based positions of the columns kept.
    private static final int LICENCE_NO = 0;
    private static final int BUSINESS_NAME = 2;
    private static final int ADDRESS = 5;
    private static final int CITY = 6;
    private static final int STATE = 7;
    private static final int ZIP = 9;
    private static final int PHONE = 11;
    private static final int ISSUE_DATE = 13;
    private static final int EXPIRATION_DATE = 15;
    private static final int INACTIVATION_DATE = 16;
    private static final int REACTIVATION_DATE = 17;
    private static final int PRIMARY_STATUS = 21;
    private static final int SECONDARY_STATUS = 22;
    private static final int CLASSIFICATIONS = 23;
    private static final int WC_COVERAGE = 25;
    private static final int WC_EXPIRATION_DATE = 29;

    /** "C-7" is "C7": a hyphen between a class letter and its number. */
    private static final Pattern CLASS_HYPHEN = Pattern.compile("(?<=[A-Z])-(?=\\d)");

    private CslbLineParser() {
    }

    /** The stored values of one line, or {@link Rejected} with the reason. */
    static CslbRow parse(List<String> values) throws Rejected {
        if (values.size() != COLUMNS) {
            throw new Rejected("has " + values.size() + " column" + (values.size() == 1 ? "" : "s")
                    + ", expected " + COLUMNS);
        }
        return new CslbRow(licenceNumber(values.get(LICENCE_NO)),
                required(values, BUSINESS_NAME, "business name", MAX_NAME),
                text(values, ADDRESS, "address", MAX_ADDRESS),
                text(values, CITY, "city", MAX_CITY),
                text(values, STATE, "state", MAX_STATE),
                text(values, ZIP, "ZIP code", MAX_ZIP),
                text(values, PHONE, "phone", MAX_PHONE),
                date(values.get(ISSUE_DATE), "issue date"),
                date(values.get(EXPIRATION_DATE), "expiration date"),
                date(values.get(INACTIVATION_DATE), "inactivation date"),
                date(values.get(REACTIVATION_DATE), "reactivation date"),
                required(values, PRIMARY_STATUS, "primary status", MAX_STATUS),
                text(values, SECONDARY_STATUS, "secondary status", MAX_SECONDARY_STATUS),
                classifications(values.get(CLASSIFICATIONS)),
                text(values, WC_COVERAGE, "workers' comp coverage type", MAX_COVERAGE),
                date(values.get(WC_EXPIRATION_DATE), "workers' comp expiration date"));
    }

    /** 1 to 8 digits, leading zeros allowed and dropped: "0123456" is licence 123456. */
    static int licenceNumber(String value) throws Rejected {
        String digits = value.strip();
        if (digits.isEmpty()) {
            throw new Rejected("no licence number");
        }
        if (digits.length() > 8 || !allDigits(digits)) {
            throw new Rejected("licence number \"" + shorten(digits) + "\" is not 1 to 8 digits");
        }
        int number = Integer.parseInt(digits);
        if (number == 0) {
            throw new Rejected("licence number \"" + shorten(digits) + "\" is zero");
        }
        return number;
    }

    /** MM/DD/YYYY (single-digit month and day too), blanks around it ignored; empty is no date. */
    static LocalDate date(String value, String what) throws Rejected {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        int first = text.indexOf('/');
        int second = text.indexOf('/', first + 1);
        if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || text.length() - second != 5
                || !allDigits(text.substring(0, first)) || !allDigits(text.substring(first + 1, second))
                || !allDigits(text.substring(second + 1))) {
            throw new Rejected(what + " \"" + shorten(text) + "\" is not a date (MM/DD/YYYY)");
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(second + 1)), Integer.parseInt(text.substring(0, first)),
                    Integer.parseInt(text.substring(first + 1, second)));
        } catch (DateTimeException e) {
            throw new Rejected(what + " \"" + shorten(text) + "\" is not a date on the calendar (MM/DD/YYYY)");
        }
    }

    /** "C-7" → "C7", "B| C10" → "B, C10", "c-5 | b" → "C5, B": upper case, file order, each once; empty → null. */
    static String classifications(String value) throws Rejected {
        Set<String> classes = new LinkedHashSet<>();
        for (String part : value.split("\\|")) {
            String code = CLASS_HYPHEN.matcher(part.strip().toUpperCase(Locale.ROOT)).replaceAll("");
            if (!code.isEmpty()) {
                classes.add(code);
            }
        }
        String joined = String.join(", ", classes);
        if (joined.length() > MAX_CLASSIFICATIONS) {
            throw new Rejected("classifications are longer than " + MAX_CLASSIFICATIONS + " characters");
        }
        return joined.isEmpty() ? null : joined;
    }

    private static String required(List<String> values, int column, String what, int max) throws Rejected {
        String text = text(values, column, what, max);
        if (text == null) {
            throw new Rejected("no " + what);
        }
        return text;
    }

    private static String text(List<String> values, int column, String what, int max) throws Rejected {
        String text = values.get(column).strip();
        if (text.length() > max) {
            throw new Rejected(what + " is longer than " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static boolean allDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return ShownText.escaped(text, 41);
    }

    /** Why a line is not stored. Thrown for every bad line, so it carries no stack trace. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
