package org.permitdesk.report.ui;

import org.permitdesk.platform.ui.StrictDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.report.ReportKind;
import org.permitdesk.report.ReportRequest;
import org.permitdesk.report.ReportService.PermitTypeChoice;

/**
 * What the Reports screen asks for: the report, its period (a quick choice or typed days), the permit types or the
 * days ahead — checked as they change, each problem saying how to fix it. Pure state: no database, no files.
 */
public final class ReportParameters {

    private final Clock clock;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.ISSUED_FINALED);
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(ReportPeriod.THIS_MONTH);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty days = new SimpleStringProperty("30");
    private final ObservableList<PermitTypeChoice> permitTypes = FXCollections.observableArrayList();
    private final ObservableList<PermitTypeChoice> chosenTypes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final Map<String, String> unreadableDates = new TreeMap<>();
    private boolean settingPeriod;

    ReportParameters(Clock clock) {
        this.clock = clock;
        applyPeriod(ReportPeriod.THIS_MONTH);
        period.addListener((obs, old, now) -> applyPeriod(now));
        from.addListener((obs, old, now) -> customRange());
        to.addListener((obs, old, now) -> customRange());
        kind.addListener((obs, old, now) -> checkParameters());
        days.addListener((obs, old, now) -> checkParameters());
        chosenTypes.addListener((ListChangeListener<PermitTypeChoice>) change -> checkParameters());
        checkParameters();
    }

    /** The report as asked for now. */
    ReportRequest request() {
        List<String> codes = chosenTypes.stream().map(PermitTypeChoice::code).toList();
        return new ReportRequest(kind.get(), from.get(), to.get(), codes, parsedDays());
    }

    /**
     * A date typed into the field {@code field} ("First day") that is not a date ({@code typed}), or {@code null}
     * once the field holds a date again; the text stays where it was typed and the problem says how to fix it.
     */
    public void dateTyped(String field, String typed) {
        if (typed == null) {
            unreadableDates.remove(field);
        } else {
            unreadableDates.put(field, typed);
        }
        checkParameters();
    }

    /** Checks the parameters; the problems (each saying how to fix it) are shown, and run and save wait for none. */
    boolean checkParameters() {
        List<String> found = new ArrayList<>();
        if (kind.get().usesDateRange()) {
            unreadableDates.forEach((field, typed) -> found.add(typed.isBlank()
                    ? Texts.get("reports.date.empty", field)
                    : Texts.get("reports.date.bad", field, StrictDates.problem(typed).orElse(Texts.get("reports.date.notADate", typed)))));
        }
        if (!found.isEmpty()) {
            problems.set(String.join("\n", found));
            return false;
        }
        if (kind.get().usesDays() && parsedDays() < 0) {
            found.add(Texts.get("reports.days.bad", ReportRequest.MOST_DAYS, days.get()));
        } else {
            found.addAll(request().problems(permitTypes.stream().map(PermitTypeChoice::code).toList()));
        }
        problems.set(String.join("\n", found));
        return found.isEmpty();
    }

    private void applyPeriod(ReportPeriod chosen) {
        if (chosen == null || chosen == ReportPeriod.CUSTOM) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        settingPeriod = true;
        try {
            from.set(chosen.first(today));
            to.set(chosen.last(today));
        } finally {
            settingPeriod = false;
        }
        checkParameters();
    }

    private void customRange() {
        if (!settingPeriod) {
            period.set(ReportPeriod.CUSTOM);
        }
        checkParameters();
    }

    private int parsedDays() {
        String text = days.get() == null ? "" : days.get().strip();
        if (!text.matches("\\d{1,4}")) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty daysProperty() {
        return days;
    }

    /** The permit types to choose from (filled by the screen's view model). */
    public ObservableList<PermitTypeChoice> permitTypes() {
        return permitTypes;
    }

    /** The permit types the report is limited to; none chosen means every type. */
    public ObservableList<PermitTypeChoice> chosenTypes() {
        return chosenTypes;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }
}
