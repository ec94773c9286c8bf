package org.permitdesk.inspection.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.DayPublicationService.ChangeKind;
import org.permitdesk.inspection.DayPublicationService.DayChanges;
import org.permitdesk.inspection.DayPublicationService.StopChange;
import org.permitdesk.inspection.DayPublicationService;
import org.permitdesk.inspection.InspectionAssignmentService.Board;
import org.permitdesk.inspection.InspectionAssignmentService.BoardRow;
import org.permitdesk.inspection.InspectionAssignmentService.InspectorLoad;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.DateEntry;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The supervisor's assignment board: a day's requests, the inspectors with their AM/PM load, assigning
 * the selected request (by keyboard or by dragging it onto an inspector), a proposal to look at (shown beside
 * each request) and accept, and publishing the day — after which every change is shown beside the request and
 * on the inspector's route.
 */
public final class AssignmentBoardViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);

    private record Loaded(Board board, DayChanges changes) {
    }

    private final ScreenWork work;
    private final InspectionAssignmentService service;
    private final DayPublicationService publications;
    private final SignedInUser who;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final DateEntry dayEntry = new DateEntry(day);
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final ObservableList<InspectorLoad> inspectors = FXCollections.observableArrayList();
    private final Map<Long, Long> proposal = new HashMap<>();
    private final Map<Long, String> changes = new HashMap<>();
    private final Map<Long, Integer> changesPerInspector = new HashMap<>();
    private final ReadOnlyStringWrapper publication = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper publishText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changedSincePublished = new ReadOnlyBooleanWrapper(false);
    private String note = "";

    public AssignmentBoardViewModel(TaskRunner tasks, InspectionAssignmentService service,
                                    DayPublicationService publications, SignedInUser who, ZoneId zone, LocalDate firstDay) {
        this.work = new ScreenWork(tasks);
        this.service = service;
        this.publications = publications;
        this.who = who;
        this.zone = zone;
        day.set(firstDay);
        publishText.set(firstDay == null ? Texts.get("board.publish") : Texts.get("board.publishDay", DAY.format(firstDay)));
        day.addListener((obs, old, now) -> {
            proposal.clear();
            note = "";
            publishText.set(now == null ? Texts.get("board.publish") : Texts.get("board.publishDay", DAY.format(now)));
            load();
        });
    }

    public void load() {
        LocalDate shown = day.get();
        if (shown == null) {
            return;
        }
        work.runQuietly(() -> new Loaded(service.board(shown), publications.changes(shown)), loaded -> {
            showChanges(loaded.changes());
            rows.setAll(loaded.board().rows());
            inspectors.setAll(loaded.board().inspectors());
            long open = loaded.board().rows().stream().filter(r -> r.inspectorId() == null).count();
            int count = loaded.board().rows().size();
            work.say((note.isEmpty() ? "" : note + " ") + Texts.get("board.count", count, open));
            note = "";
        });
    }

    private void showChanges(DayChanges dayChanges) {
        changes.clear();
        changesPerInspector.clear();
        List<StopChange> all = dayChanges.changes();
        all.forEach(c -> changes.put(c.inspectionId(), ChangeTexts.onBoard(c, dayChanges.day(), zone)));
        changesPerInspector.putAll(DayPublicationService.changesPerInspector(all));
        changedSincePublished.set(!all.isEmpty());
        Optional<DayPublicationService.Publication> published = dayChanges.publication();
        if (published.isEmpty()) {
            publication.set(Texts.get("board.notPublished"));
            return;
        }
        long cancelled = all.stream().filter(c -> c.kind() == ChangeKind.CANCELLED).count();
        publication.set(ChangeTexts.published(published.get(), zone) + ". "
                + (all.isEmpty() ? Texts.get("board.noChanges")
                : Texts.get("board.changesSince", all.size(), cancelled == 0 ? "" : Texts.get("board.changes.cancelled", cancelled))));
    }

    /** Assigns the request to the inspector, or with {@code null} takes it off their route. */
    public void assign(BoardRow row, InspectorLoad inspector) {
        if (row != null) {
            work.runQuietly(() -> {
                service.assign(row.inspectionId(), inspector == null ? null : inspector.id(), who);
                return row;
            }, done -> {
                proposal.remove(row.inspectionId());
                note = inspector == null ? Texts.get("board.unassigned", row.address(), row.window().toString())
                        : Texts.get("board.assigned", row.address(), row.window().toString(), inspector.name());
                load();
            });
        }
    }

    /** A request dragged onto an inspector: assigned to them (or moved from whoever had it). */
    public void dropOnInspector(long inspectionId, InspectorLoad inspector) {
        Optional<BoardRow> row = row(inspectionId);
        if (row.isEmpty() || inspector == null) {
            work.say(Texts.get("board.rowGone"));
        } else if (Long.valueOf(inspector.id()).equals(row.get().inspectorId())) {
            work.say(Texts.get("board.alreadyOn", row.get().address(), inspector.name()));
        } else {
            assign(row.get(), inspector);
        }
    }

    /** A request dragged back to the requests: no inspector now. */
    public void dropOnUnassigned(long inspectionId) {
        row(inspectionId).filter(r -> r.inspectorId() != null).ifPresent(r -> assign(r, null));
    }

    /** Publishes the day as it stands; inspectors then see every change made after this on their route. */
    public void publish() {
        if (typedDayIsNotADate()) {
            return;
        }
        LocalDate shown = day.get();
        if (shown == null) {
            return;
        }
        long open = rows.stream().filter(r -> r.inspectorId() == null).count();
        work.runQuietly(() -> publications.publish(shown, who), published -> {
            note = open == 0 ? Texts.get("board.published", DAY.format(shown))
                    : Texts.get("board.publishedOpen", DAY.format(shown), open);
            load();
        });
    }

    /** Works out a proposal and shows it beside the requests; nothing changes until it is accepted. */
    public void propose() {
        if (typedDayIsNotADate()) {
            return;
        }
        LocalDate shown = day.get();
        work.runQuietly(() -> service.propose(shown, who), proposed -> {
            proposal.clear();
            proposal.putAll(proposed);
            rows.setAll(FXCollections.observableArrayList(rows));
            work.say(proposed.isEmpty() ? Texts.get("board.proposal.none") : Texts.get("board.proposal.made", proposed.size()));
        });
    }

    public void acceptProposal() {
        Map<Long, Long> accepted = new HashMap<>(proposal);
        work.runQuietly(() -> {
            service.accept(accepted, who);
            return accepted.size();
        }, count -> {
            proposal.clear();
            note = Texts.get("board.accepted", count);
            load();
        });
    }

    /** The proposed inspector's name for a request, or "" when there is no proposal for it. */
    public String proposedFor(BoardRow row) {
        Long id = proposal.get(row.inspectionId());
        return id == null ? "" : inspectors.stream().filter(i -> i.id() == id).map(InspectorLoad::name).findFirst().orElse("");
    }

    /** What changed for this request since the day was published ("moved from Alex Kim 7:12 AM"), or "". */
    public String changeOf(BoardRow row) {
        return changes.getOrDefault(row.inspectionId(), "");
    }

    /** How many stops on this inspector's route changed since the day was published. */
    public int changesFor(InspectorLoad inspector) {
        return changesPerInspector.getOrDefault(inspector.id(), 0);
    }

    private Optional<BoardRow> row(long inspectionId) {
        return rows.stream().filter(r -> r.inspectionId() == inspectionId).findFirst();
    }

    /** The board's day as typed: an impossible date is refused, not read as another day. */
    public DateEntry dayEntry() {
        return dayEntry;
    }

    /** True (and says why) when the day field holds text that is not a date: nothing is done for the old day. */
    private boolean typedDayIsNotADate() {
        if (dayEntry.commit()) {
            return false;
        }
        work.say(dayEntry.problem().orElseThrow()
                + (day.get() == null ? "" : Texts.get("board.stillShows", DAY.format(day.get()))));
        return true;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<BoardRow> rows() {
        return rows;
    }

    public ObservableList<InspectorLoad> inspectors() {
        return inspectors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    /** "Published Mon Mar 1, 4:40 PM by Sam Ortiz. 3 changes since, …" or "Not published yet. …". */
    public ReadOnlyStringProperty publicationProperty() {
        return publication.getReadOnlyProperty();
    }

    /** Whether anything changed since the day was published (set before the publication text). */
    public ReadOnlyBooleanProperty changedSincePublishedProperty() {
        return changedSincePublished.getReadOnlyProperty();
    }

    /** "Publish Tue Mar 2", the publish button's text. */
    public ReadOnlyStringProperty publishTextProperty() {
        return publishText.getReadOnlyProperty();
    }
}
