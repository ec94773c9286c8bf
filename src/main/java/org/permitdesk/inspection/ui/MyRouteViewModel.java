package org.permitdesk.inspection.ui;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.List;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;

/** The inspector's "My route": the day's stops in driving order with what they need at each door. */
public final class MyRouteViewModel {

    private final TaskRunner tasks;
    private final InspectorRouteService service;
    private final InspectionResultService results;
    private final String inspectorName;
    private final long inspectorId;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<InspectorRouteService.Stop> stops = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public MyRouteViewModel(TaskRunner tasks, InspectorRouteService service, InspectionResultService results,
                            long inspectorId, String inspectorName, LocalDate today) {
        this.tasks = tasks;
        this.service = service;
        this.results = results;
        this.inspectorName = inspectorName;
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

    /** The correction library, for the result dialog (loaded in the background). */
    public void loadLibrary(java.util.function.Consumer<List<Correction>> show) {
        tasks.run(results::library, show, failure -> message.set(UserMessages.describe(failure)));
    }

    /** Records a stop's result; the summary line says what happened (and if the permit was finaled). */
    public void recordResult(InspectorRouteService.Stop stop, InspectionResult result, String notes,
                             List<Correction> corrections) {
        tasks.run(() -> results.record(stop.inspectionId(), result, notes, corrections, inspectorName), outcome -> {
            message.set(stop.address() + ": " + result.label().toLowerCase() + " recorded."
                    + (outcome.note().isEmpty() ? "" : " " + outcome.note()));
            load();
        }, failure -> message.set(UserMessages.describe(failure)));
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<InspectorRouteService.Stop> stops() {
        return stops;
    }

    /** What the last result recording did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
