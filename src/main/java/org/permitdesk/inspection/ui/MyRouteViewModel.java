package org.permitdesk.inspection.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.DayPublicationService.DayChanges;
import org.permitdesk.inspection.DayPublicationService.StopChange;
import org.permitdesk.inspection.DayPublicationService;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.inspection.InspectorRouteService.DayRoute;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.inspection.RouteDistance;
import org.permitdesk.inspection.RouteSheetService;
import org.permitdesk.inspection.route.Location;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.DateEntry;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The inspector's "My route": the day's stops in driving order with what they need at each door, the office they
 * start from (for the plot), whether the day is published and what changed on this route since.
 */
public final class MyRouteViewModel {

    private record Loaded(DayRoute route, DayChanges changes) {
    }

    private final ScreenWork work;
    private final InspectorRouteService service;
    private final InspectionResultService results;
    private final SignedInUser inspector;
    private final String inspectorName;
    private final long inspectorId;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final DateEntry dayEntry = new DateEntry(day);
    private final ObservableList<InspectorRouteService.Stop> stops = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final DayPublicationService publications;
    private final ZoneId zone;
    private final ObjectProperty<Location> office = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper publication = new ReadOnlyStringWrapper("");
    private final Map<Long, String> changedStops = new HashMap<>();
    private final ObservableList<String> removedStops = FXCollections.observableArrayList();
    private final ObservableList<InspectorRouteService.Stop> withoutLocation = FXCollections.observableArrayList();
    private final RouteSheetService routeSheets;
    private final Path printFolder;
    private final ReadOnlyObjectWrapper<CorrectionNoticeService.Notice> lastNotice = new ReadOnlyObjectWrapper<>();

    /**
     * {@code printFolder}: where route sheets and notices are written to be opened in the computer's PDF viewer
     * (to print).
     */
    public MyRouteViewModel(TaskRunner tasks, InspectorRouteService service, InspectionResultService results,
                            DayPublicationService publications, ZoneId zone,
                            SignedInUser inspector, LocalDate today, RouteSheetService routeSheets,
                            Path printFolder) {
        this.work = new ScreenWork(tasks);
        this.routeSheets = routeSheets;
        this.printFolder = printFolder;
        this.service = service;
        this.results = results;
        this.publications = publications;
        this.zone = zone;
        this.inspector = inspector;
        this.inspectorName = inspector.fullName(); // "Route sheet 2026-12-08 Ray Whitfield.pdf"
        this.inspectorId = inspector.id();
        day.set(today);
        day.addListener((obs, old, now) -> load());
    }

    public void load() {
        LocalDate shown = day.get();
        if (shown == null) {
            return;
        }
        work.runQuietly(() -> new Loaded(service.route(inspectorId, shown), publications.changes(shown)),
                loaded -> show(loaded.route(), loaded.route().office(), loaded.changes()),
                failure -> summary.set(UserMessages.describe(failure)));
    }

    private void show(DayRoute route, Location start, DayChanges changes) {
        changedStops.clear();
        removedStops.clear();
        for (StopChange change : changes.changes()) {
            if (change.changedOnRouteOf(inspectorId)) {
                changedStops.put(change.inspectionId(), ChangeTexts.onRoute(change, route.day(), zone));
            } else if (change.removedFromRouteOf(inspectorId)) {
                removedStops.add(ChangeTexts.removed(change, route.day(), zone));
            }
        }
        publication.set(publicationText(changes.publication(), changedStops.size() + removedStops.size()));
        office.set(start);
        withoutLocation.setAll(RoutePlot.unplotted(route.stops()));
        stops.setAll(route.stops());
        long unlocated = route.stops().stream().filter(s -> !s.located()).count();
        summary.set(route.stops().isEmpty() ? Texts.get("route.noStops")
                : RouteDistance.stopsAndMiles(route.stops().size(), route.km())
                + (unlocated == 0 ? "." : Texts.get("route.unlocated", unlocated)));
    }

    private String publicationText(Optional<DayPublicationService.Publication> published, int changes) {
        if (published.isEmpty()) {
            return Texts.get("route.notPublished");
        }
        String text = ChangeTexts.published(published.get(), zone);
        return changes == 0 ? Texts.get("route.noChanges", text) : Texts.get("route.changes", text, changes);
    }

    /** The correction library, for the result dialog (loaded in the background). */
    public void loadLibrary(java.util.function.Consumer<List<Correction>> show) {
        work.runQuietly(results::library, show);
    }

    /**
     * Records a stop's result; the summary line says what happened (and if the permit was finaled), or why it was
     * refused (before the inspection's day, not assigned).
     */
    public void recordResult(InspectorRouteService.Stop stop, InspectionResult result, String notes,
                             List<Correction> corrections) {
        report(stop, result, Texts.get("route.result.recorded"), () -> results.record(stop.inspectionId(), result, notes, corrections, inspector));
    }

    /** Corrects a stop's recorded result, with the reason (the old result is kept in the inspection's history). */
    public void correctResult(InspectorRouteService.Stop stop, InspectionResult result, String notes,
                              List<Correction> corrections, String reason) {
        report(stop, result, Texts.get("route.result.corrected"),
                () -> results.correct(stop.inspectionId(), result, notes, corrections, reason, inspector));
    }

    private void report(InspectorRouteService.Stop stop, InspectionResult result, String done,
                        java.util.concurrent.Callable<InspectionResultService.Outcome> change) {
        work.runQuietly(change, outcome -> {
            work.say(Texts.get("route.result.done", stop.address(), result.label().toLowerCase(), done)
                    + (outcome.note().isEmpty() ? "" : " " + outcome.note())
                    + (outcome.notice() == null ? "" : Texts.get("route.result.printNotice")));
            lastNotice.set(outcome.notice());
            load();
        });
    }

    /** Makes the day's route sheet PDF in the background, saves it and hands the file to {@code open}. */
    public void printRouteSheet(Consumer<Path> open) {
        if (!dayEntry.commit()) {
            work.say(dayEntry.problem().orElseThrow());
            return;
        }
        LocalDate shown = day.get();
        if (shown == null) {
            work.say(Texts.get("route.sheet.chooseDay"));
            return;
        }
        work.say(Texts.get("route.sheet.making"));
        String name = Texts.get("route.sheet.file", shown.toString(), inspectorName);
        work.runQuietly(() -> write(name, routeSheets.routeSheetPdf(inspectorId, shown)), file -> {
            work.say(Texts.get("route.sheet.saved", Formats.date(shown), file.toString()));
            open.accept(file);
        }, failure -> work.sayError(Texts.get("route.sheet.failed", UserMessages.describe(failure))));
    }

    /** Opens the correction notice of the result just recorded (saved to a file first), to print it. */
    public void printNotice(Consumer<Path> open) {
        CorrectionNoticeService.Notice notice = lastNotice.get();
        if (notice == null) {
            work.say(Texts.get("route.notice.none"));
            return;
        }
        work.runQuietly(() -> write(notice.fileName(), notice.pdf()), file -> {
            work.say(Texts.get("route.notice.saved", file.toString()));
            open.accept(file);
        }, failure -> work.sayError(Texts.get("route.notice.failed", UserMessages.describe(failure))));
    }

    private Path write(String name, byte[] pdf) {
        try {
            Files.createDirectories(printFolder);
            return Files.write(printFolder.resolve(name.replaceAll("[^A-Za-z0-9 ._-]", "_")), pdf);
        } catch (java.io.IOException e) {
            throw new UserFacingException(Texts.get("route.print.cannotSave", printFolder.toString(),
                    e.getClass().getSimpleName().replace("Exception", ""), e.getMessage()), e);
        }
    }

    /** The correction notice of the last failed or partial result recorded here, to print ({@code null}: none). */
    public ReadOnlyObjectProperty<CorrectionNoticeService.Notice> lastNoticeProperty() {
        return lastNotice.getReadOnlyProperty();
    }

    /** The route's day as typed: an impossible date is refused, not read as another day. */
    public DateEntry dayEntry() {
        return dayEntry;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<InspectorRouteService.Stop> stops() {
        return stops;
    }

    /** Where the route starts (set before the stops, so a listener on the stops sees it). */
    public ObjectProperty<Location> officeProperty() {
        return office;
    }

    /** "Published Mon Mar 1, 4:40 PM by Sam Ortiz. 2 changes to your route since (highlighted)." or "Not published yet…". */
    public ReadOnlyStringProperty publicationProperty() {
        return publication.getReadOnlyProperty();
    }

    /** "Changed 7:12 AM — moved from Alex Kim" for a stop changed since the day was published, else "". */
    public String changeOf(InspectorRouteService.Stop stop) {
        return changedStops.getOrDefault(stop.inspectionId(), "");
    }

    /** The ids of the stops changed since the day was published (drawn with a red ring). */
    public java.util.Set<Long> changedStopIds() {
        return java.util.Set.copyOf(changedStops.keySet());
    }

    /** Stops on this route when it was published and no longer on it, as one line each. */
    public ObservableList<String> removedStops() {
        return removedStops;
    }

    /** The stops without coordinates, listed beside the plot. */
    public ObservableList<InspectorRouteService.Stop> withoutLocation() {
        return withoutLocation;
    }

    /** What the last result recording did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
