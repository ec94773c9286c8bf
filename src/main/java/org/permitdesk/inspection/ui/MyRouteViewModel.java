package org.permitdesk.inspection.ui;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;

/** The inspector's "My route": the day's stops in driving order with what they need at each door. */
public final class MyRouteViewModel {

    private final TaskRunner tasks;
    private final InspectorRouteService service;
    private final long inspectorId;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<InspectorRouteService.Stop> stops = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public MyRouteViewModel(TaskRunner tasks, InspectorRouteService service, long inspectorId, LocalDate today) {
        this.tasks = tasks;
        this.service = service;
        this.inspectorId = inspectorId;
        day.set(today);
        day.addListener((obs, old, now) -> load());
    }

    public void load() {
        LocalDate shown = day.get();
        if (shown == null) {
            return;
        }
        tasks.run(() -> service.route(inspectorId, shown), route -> {
            stops.setAll(route.stops());
            long unlocated = route.stops().stream().filter(s -> !s.located()).count();
            summary.set(route.stops().isEmpty() ? "No inspections assigned to you for this day."
                    : String.format(Locale.US, "%d stops, %.1f km between the located ones", route.stops().size(), route.km())
                    + (unlocated == 0 ? "." : "; " + unlocated + " without coordinates, placed last in their half-day by street."));
        }, failure -> summary.set(UserMessages.describe(failure)));
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<InspectorRouteService.Stop> stops() {
        return stops;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
