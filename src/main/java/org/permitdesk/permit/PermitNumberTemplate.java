package org.permitdesk.permit;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A permit type's numbering template, e.g. {@code {PREFIX}{YY}{MM}-{SEQ:3}} → {@code B1906-174} or
 * {@code {PREFIX}{YYYY}-{SEQ:4}} → {@code RERF2021-1234}. The sequence restarts each period: monthly
 * when the template has {@code {MM}}, yearly when it has a year, never otherwise.
 */
public record PermitNumberTemplate(String template) {

    private static final Pattern SEQ = Pattern.compile("\\{SEQ:(\\d)}");

    /** The numbering period a date falls in: "2019-06", "2019" or "ALL". */
    public String periodOf(LocalDate date) {
        if (template.contains("{MM}")) {
            return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
        }
        if (template.contains("{YY}") || template.contains("{YYYY}")) {
            return String.format("%04d", date.getYear());
        }
        return "ALL";
    }

    /** The number for sequence value {@code seq}; a value wider than {@code {SEQ:n}} keeps all its digits. */
    public String format(String prefix, LocalDate date, int seq) {
        String number = template
                .replace("{PREFIX}", prefix)
                .replace("{YYYY}", String.format("%04d", date.getYear()))
                .replace("{YY}", String.format("%02d", date.getYear() % 100))
                .replace("{MM}", String.format("%02d", date.getMonthValue()));
        Matcher matcher = SEQ.matcher(number);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int width = Integer.parseInt(matcher.group(1));
            matcher.appendReplacement(out, String.format("%0" + width + "d", seq));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
