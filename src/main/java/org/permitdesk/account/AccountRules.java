package org.permitdesk.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.permitdesk.account.request.FieldNormalizer;
import org.permitdesk.account.request.RequestField;

/**
 * What makes account details acceptable: every field of the account type present and valid (the same
 * rules the email parser applies), values normalised the same way (licence digits, {@code (NNN) NNN-NNNN}).
 */
public final class AccountRules {

    private final FieldNormalizer normalizer = new FieldNormalizer();

    /** Each problem by field, in form order, saying what is wrong and how to fix it; empty when all is well. */
    public Map<RequestField, String> problems(AccountDetails details) {
        Map<RequestField, String> problems = new LinkedHashMap<>();
        if (details.type() == null) {
            return problems;
        }
        details.values().forEach((field, value) -> problem(field, value).ifPresent(p -> problems.put(field, p)));
        return problems;
    }

    /** What is wrong with one value, if anything. */
    public Optional<String> problem(RequestField field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(capitalised(field.askFor()) + " is required.");
        }
        FieldNormalizer.Normalized normalized = normalizer.normalize(field, value);
        return Optional.ofNullable(normalized.problem());
    }

    /** The details with every valid value in its kept form (e.g. phone as {@code (760) 555-0142}). */
    public AccountDetails normalised(AccountDetails details) {
        Map<RequestField, String> kept = new LinkedHashMap<>();
        details.values().forEach((field, value) -> {
            FieldNormalizer.Normalized normalized = value == null ? null : normalizer.normalize(field, value);
            kept.put(field, normalized != null && normalized.isValid() ? normalized.value() : value);
        });
        return new AccountDetails(details.type(), kept.get(RequestField.CSLB_NUMBER),
                kept.get(RequestField.BUSINESS_NAME), firstNonNull(kept.get(RequestField.CONTACT_NAME),
                kept.get(RequestField.NAME)), kept.get(RequestField.EMAIL), kept.get(RequestField.PHONE),
                firstNonNull(kept.get(RequestField.MAILING_ADDRESS), kept.get(RequestField.ADDRESS)),
                kept.get(RequestField.PERMIT_NUMBER));
    }

    static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The ten digits of a phone number, without its extension; {@code null} when there are none. */
    static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("(?i)\\s*(x|ext\\.?)\\s*\\d+$", "").replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.isEmpty() ? null : digits;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
