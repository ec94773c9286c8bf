package org.permitdesk.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class StrictDatesTest {

    @Test
    void anImpossibleDaySaysHowLongTheMonthIs() {
        assertEquals(Optional.of("2/30/2027 is not a date: February 2027 has 28 days."), StrictDates.problem("2/30/2027"));
        assertEquals(Optional.of("2/30/2028 is not a date: February 2028 has 29 days."), StrictDates.problem(" 2/30/2028 "));
        assertEquals(Optional.of("2027-04-31 is not a date: April 2027 has 30 days."), StrictDates.problem("2027-04-31"));
        assertEquals(Optional.of("13/1/2027 is not a date: there is no month 13 (month/day/year, e.g. 3/31/2027)."),
                StrictDates.problem("13/1/2027"));
        assertEquals(Optional.of("tomorrow is not a date: type it as month/day/year, e.g. 3/31/2027, or pick it from the"
                + " calendar."), StrictDates.problem("tomorrow"));
    }

    @Test
    void realDatesAndAnEmptyFieldHaveNoProblem() {
        assertEquals(Optional.empty(), StrictDates.problem("2/28/2027"));
        assertEquals(Optional.empty(), StrictDates.problem("2028-02-29"));
        assertEquals(Optional.empty(), StrictDates.problem(""));
    }

    @Test
    void anImpossibleDateTypedChangesNoDateAndTheActionIsNotTaken() {
        ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(LocalDate.of(2027, 3, 3));
        DateEntry entry = new DateEntry(day);

        entry.typed("2/30/2027");

        assertEquals("2/30/2027 is not a date: February 2027 has 28 days.", entry.problemProperty().get());
        assertFalse(entry.commit());
        assertEquals(LocalDate.of(2027, 3, 3), day.get(), "not February 28");
    }

    @Test
    void aRealDateTypedWithoutEnterCountsOnCommit() {
        ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(LocalDate.of(2027, 3, 3));
        DateEntry entry = new DateEntry(day);
        entry.typed("2/30/2027");

        entry.typed("3/4/2027");

        assertEquals("", entry.problemProperty().get());
        assertEquals(LocalDate.of(2027, 3, 3), day.get(), "not before the field is left or the action taken");
        assertTrue(entry.commit());
        assertEquals(LocalDate.of(2027, 3, 4), day.get());
        entry.typed("");
        assertTrue(entry.commit());
        assertEquals(null, day.get(), "an emptied field holds no date");
    }
}
