package org.permitdesk.platform.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/**
 * Dates typed as month/day/year (3/31/2027) or year-month-day (2027-03-31), strictly: "2/30/2027" is refused
 * rather than quietly read as February 28 (what a date picker's own converter does). The one way the app's date
 * fields read what is typed: a view model holds a {@link DateEntry}, its view ties the picker to it with
 * {@link #attach(DatePicker, DateEntry, Label)}.
 */
public final class StrictDates {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern US_NUMBERS = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_NUMBERS = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

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
     * Why the text is not a date, for the person who typed it ("2/30/2027 is not a date: February 2027 has 28
     * days."); empty when it is one, or when nothing is typed.
     */
    public static Optional<String> problem(String text) {
        String typed = text == null ? "" : text.strip();
        try {
            parse(typed);
            return Optional.empty();
        } catch (DateTimeParseException notADate) {
            return Optional.of(Texts.get("dates.notADate", typed, why(typed)));
        }
    }

    private static String why(String typed) {
        Matcher us = US_NUMBERS.matcher(typed);
        Matcher iso = ISO_NUMBERS.matcher(typed);
        boolean isUs = us.matches();
        if (!isUs && !iso.matches()) {
            return Texts.get("dates.howToType");
        }
        int year = Integer.parseInt(isUs ? us.group(3) : iso.group(1));
        int month = Integer.parseInt(isUs ? us.group(1) : iso.group(2));
        int day = Integer.parseInt(isUs ? us.group(2) : iso.group(3));
        if (month < 1 || month > 12) {
            return Texts.get("dates.noSuchMonth", month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return Texts.get("dates.monthLength", yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.US), year,
                    yearMonth.lengthOfMonth());
        }
        return Texts.get("dates.howToType");
    }

    /**
     * Ties a date picker to its view model's entry: every change of the text is checked (the problem shows in
     * {@code problemLabel} beside the field and the field is marked), and a date typed without Enter counts
     * once the field is left. Text that is not a date stays as typed and changes no date.
     */
    public static void attach(DatePicker picker, DateEntry entry, Label problemLabel) {
        picker.setConverter(converter(picker::getValue));
        picker.getEditor().textProperty().addListener((obs, old, typed) -> entry.typed(typed));
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                entry.commit();
            }
        });
        problemLabel.textProperty().bind(entry.problemProperty());
        problemLabel.getStyleClass().add("error-message");
        entry.problemProperty().addListener((obs, old, problem) -> {
            picker.getEditor().getStyleClass().remove("invalid");
            if (!problem.isEmpty()) {
                picker.getEditor().getStyleClass().add("invalid");
            }
        });
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
