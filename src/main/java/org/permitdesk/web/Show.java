package org.permitdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small formatting helpers the templates call (their output is escaped by jte like any other value). */
public final class Show {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Show() {
    }

    /** "Nov 2, 2026", or "—" for no date. */
    public static String date(LocalDate date) {
        return date == null ? "\u2014" : DAY.format(date);
    }

    /** "1 day", "12 days". */
    public static String days(long days) {
        return days == 1 ? "1 day" : String.format(Locale.US, "%,d days", days);
    }

    /** The URL of a permit's page. */
    public static String permitUrl(String number) {
        return "/permits/" + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URL of a page of search results. */
    public static String searchUrl(String query, int page) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (page > 1 ? "&page=" + page : "");
    }

    public static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
