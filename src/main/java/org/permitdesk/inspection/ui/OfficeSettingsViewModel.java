package org.permitdesk.inspection.ui;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.permitdesk.inspection.InspectionSettingsService.Settings;
import org.permitdesk.inspection.InspectionSettingsService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/** The office location (route start, districts) and the request cut-off time, checked as they are typed. */
public final class OfficeSettingsViewModel {

    private final SignedInUser who;
    private final ScreenWork work;
    private final InspectionSettingsService service;
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final StringProperty cutoff = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private Settings editedFrom;

    public OfficeSettingsViewModel(TaskRunner tasks, InspectionSettingsService service, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.service = service;
        for (StringProperty input : List.of(latitude, longitude, cutoff)) {
            input.addListener((obs, old, now) -> check());
        }
    }

    public void load() {
        work.runQuietly(service::settings, settings -> {
            show(settings);
            work.clearMessage();
        });
    }

    public void save() {
        Settings from = editedFrom;
        if (from == null || !problems.get().isEmpty()) {
            return;
        }
        String lat = latitude.get();
        String lon = longitude.get();
        String time = cutoff.get();
        work.runQuietly(() -> service.save(from, lat, lon, time, who), saved -> {
            show(saved);
            work.say(Texts.get("office.saved", plain(saved.latitude()), plain(saved.longitude()), saved.cutoffText()));
        });
    }

    private void show(Settings settings) {
        editedFrom = settings;
        latitude.set(plain(settings.latitude()));
        longitude.set(plain(settings.longitude()));
        cutoff.set(settings.cutoffText());
        loaded.set(true);
    }

    private void check() {
        problems.set(String.join("\n", InspectionSettingsService.problems(latitude.get(), longitude.get(), cutoff.get())));
    }

    private static String plain(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty cutoffProperty() {
        return cutoff;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
