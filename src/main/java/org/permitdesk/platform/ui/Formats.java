package org.permitdesk.platform.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and money look on screen: "Nov 2, 2026", "$12,500.00", and "—" for nothing. */
public final class Formats {

    public static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    public static String money(BigDecimal amount) {
        return amount == null ? NONE : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
