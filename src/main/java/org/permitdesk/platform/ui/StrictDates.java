package org.permitdesk.platform.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.util.StringConverter;

/**
 * Dates typed as month/day/year (3/31/2027) or year-month-day (2027-03-31), strictly: "2/30/2027" is refused
 * rather than quietly read as February 28 (what a date picker's own converter does).
 */
public final class StrictDates {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private StrictDates() {
    }

    /** Reads either form; throws {@link DateTimeParseException} for anything else, {@code null} for nothing. */
    public static LocalDate parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed, US);
        } catch (DateTimeParseException notUs) {
            return LocalDate.parse(typed, ISO);
        }
    }

    /**
     * For {@code DatePicker.setConverter}: shows 3/31/2027 and reads either form; text that is not a date leaves
     * the picker's date as it was ({@code current}) — the screen says what is wrong with the text instead.
     */
    public static StringConverter<LocalDate> converter(java.util.function.Supplier<LocalDate> current) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : US.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return parse(text);
                } catch (DateTimeParseException notADate) {
                    return current.get();
                }
            }
        };
    }
}
