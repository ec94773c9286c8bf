package org.permitdesk.platform.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A date field in a view model: the date it holds ({@code date}, the view model's own property) and, while the
 * typed text is not a date, why not. Text is read strictly ({@link StrictDates}): "2/30/2027" changes no date and
 * says "2/30/2027 is not a date: February 2027 has 28 days."; an action that uses the date calls {@link #commit()}
 * first and is not taken when it returns false.
 */
public final class DateEntry {

    private final ObjectProperty<LocalDate> date;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The text last typed, or null while the field shows the date as set. */
    private String typed;

    public DateEntry(ObjectProperty<LocalDate> date) {
        this.date = date;
    }

    /** The field's text changed (typed, or shown for a date picked or set). */
    public void typed(String text) {
        typed = text;
        problem.set(StrictDates.problem(text).orElse(""));
    }

    /**
     * Takes what was typed as the date (nothing typed: no date). False, with the date left as it was, when the
     * text is not a date: {@link #problem()} says why.
     */
    public boolean commit() {
        if (!problem.get().isEmpty()) {
            return false;
        }
        if (typed != null) {
            LocalDate read = StrictDates.parse(typed);
            if (!Objects.equals(read, date.get())) {
                date.set(read);
            }
        }
        return true;
    }

    /** Why the typed text is not a date, or empty. */
    public Optional<String> problem() {
        return problem.get().isEmpty() ? Optional.empty() : Optional.of(problem.get());
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
