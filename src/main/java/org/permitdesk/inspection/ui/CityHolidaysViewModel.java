package org.permitdesk.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.CityHolidayService.Holiday;
import org.permitdesk.inspection.CityHolidayService;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.DateEntry;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/** The city holidays of one year: add a day with its name, take one out. */
public final class CityHolidaysViewModel {

    private final SignedInUser who;
    private final ScreenWork work;
    private final CityHolidayService service;
    private final List<Integer> years;
    private final ObjectProperty<Integer> year;
    private final ObservableList<Holiday> holidays = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> newDate = new SimpleObjectProperty<>();
    private final DateEntry newDateEntry = new DateEntry(newDate);
    private final StringProperty newName = new SimpleStringProperty("");

    public CityHolidaysViewModel(TaskRunner tasks, CityHolidayService service, Clock clock, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.service = service;
        int thisYear = LocalDate.now(clock).getYear();
        this.years = IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList();
        this.year = new SimpleObjectProperty<>(thisYear);
        year.addListener((obs, old, now) -> load());
    }

    public void load() {
        Integer shown = year.get();
        if (shown != null) {
            work.runQuietly(() -> service.holidays(shown), holidays::setAll);
        }
    }

    /** Adds the typed holiday; says what is missing before asking the database. */
    public void add() {
        if (!newDateEntry.commit()) {
            work.say(newDateEntry.problem().orElseThrow());
            return;
        }
        LocalDate date = newDate.get();
        String name = newName.get();
        if (date == null) {
            work.say(Texts.get("holidays.chooseDay"));
            return;
        }
        if (name == null || name.isBlank()) {
            work.say(Texts.get("holidays.giveName"));
            return;
        }
        work.runQuietly(() -> service.add(date, name, who), added -> {
            work.say(added.message());
            newDate.set(null);
            newName.set("");
            if (year.get() == date.getYear()) {
                load();
            } else {
                year.set(date.getYear());
            }
        });
    }

    public void remove(Holiday holiday) {
        if (holiday == null) {
            return;
        }
        work.runQuietly(() -> {
            service.remove(holiday.date(), who);
            return holiday;
        }, removed -> {
            work.say(Texts.get("holidays.removed", Formats.date(removed.date()), removed.name()));
            load();
        });
    }

    public List<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Holiday> holidays() {
        return holidays;
    }

    /** The new holiday's day as typed: an impossible date is refused, not read as another day. */
    public DateEntry newDateEntry() {
        return newDateEntry;
    }

    public ObjectProperty<LocalDate> newDateProperty() {
        return newDate;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }
}
