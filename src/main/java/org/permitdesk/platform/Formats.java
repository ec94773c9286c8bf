package org.permitdesk.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, times and money look on screen: "Nov 2, 2026", "$12,500.00", and "—" for nothing. */
public final class Formats {

    public static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** "Nov 2, 2026 3:05 PM" in the computer's time zone. */
    public static String dateTime(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String money(BigDecimal amount) {
        return amount == null ? NONE : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
