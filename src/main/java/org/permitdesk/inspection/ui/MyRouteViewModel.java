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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.RouteSheetService;
import org.permitdesk.platform.Formats;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserFacingException;
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
    private final RouteSheetService routeSheets;
    private final Path printFolder;
    private final ReadOnlyObjectWrapper<CorrectionNoticeService.Notice> lastNotice = new ReadOnlyObjectWrapper<>();

    /**
     * {@code printFolder}: where route sheets and notices are written to be opened in the computer's PDF viewer
     * (to print).
     */
    public MyRouteViewModel(TaskRunner tasks, InspectorRouteService service, InspectionResultService results,
                            long inspectorId, String inspectorName, LocalDate today, RouteSheetService routeSheets,
                            Path printFolder) {
        this.tasks = tasks;
        this.routeSheets = routeSheets;
        this.printFolder = printFolder;
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
                    + (outcome.note().isEmpty() ? "" : " " + outcome.note())
                    + (outcome.notice() == null ? "" : " Print notice opens it to print."));
            lastNotice.set(outcome.notice());
            load();
        }, failure -> message.set(UserMessages.describe(failure)));
    }

    /** Makes the day's route sheet PDF in the background, saves it and hands the file to {@code open}. */
    public void printRouteSheet(Consumer<Path> open) {
        LocalDate shown = day.get();
        if (shown == null) {
            message.set("Choose the day of the route sheet.");
            return;
        }
        message.set("Making the route sheet\u2026");
        String name = "Route sheet " + shown + " " + inspectorName + ".pdf";
        tasks.run(() -> write(name, routeSheets.routeSheetPdf(inspectorId, shown)), file -> {
            message.set("Route sheet for " + Formats.date(shown) + " saved as " + file + " and opened to print.");
            open.accept(file);
        }, failure -> message.set("The route sheet could not be made: " + UserMessages.describe(failure)));
    }

    /** Opens the correction notice of the result just recorded (saved to a file first), to print it. */
    public void printNotice(Consumer<Path> open) {
        CorrectionNoticeService.Notice notice = lastNotice.get();
        if (notice == null) {
            message.set("No correction notice yet: record a failed or partial result first.");
            return;
        }
        tasks.run(() -> write(notice.fileName(), notice.pdf()), file -> {
            message.set("Correction notice saved as " + file + " and opened to print.");
            open.accept(file);
        }, failure -> message.set("The correction notice could not be opened: " + UserMessages.describe(failure)));
    }

    private Path write(String name, byte[] pdf) {
        try {
            Files.createDirectories(printFolder);
            return Files.write(printFolder.resolve(name.replaceAll("[^A-Za-z0-9 ._-]", "_")), pdf);
        } catch (java.io.IOException e) {
            throw new UserFacingException("cannot save it in the folder " + printFolder + " (" + e.getClass()
                    .getSimpleName().replace("Exception", "") + ": " + e.getMessage() + "). Make sure that folder can"
                    + " be written to, or free some disk space, and try again.", e);
        }
    }

    /** The correction notice of the last failed or partial result recorded here, to print ({@code null}: none). */
    public ReadOnlyObjectProperty<CorrectionNoticeService.Notice> lastNoticeProperty() {
        return lastNotice.getReadOnlyProperty();
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
