package org.permitdesk.inspection.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.inspection.InspectionAssignmentService.BoardRow;
import org.permitdesk.inspection.InspectionAssignmentService.InspectorLoad;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;

/**
 * The supervisor's assignment board: a day's requests, the inspectors with their AM/PM load, assigning
 * the selected request, and a proposal to look at (shown beside each request) and accept.
 */
public final class AssignmentBoardViewModel {

    private final TaskRunner tasks;
    private final InspectionAssignmentService service;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final ObservableList<InspectorLoad> inspectors = FXCollections.observableArrayList();
    private final Map<Long, Long> proposal = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AssignmentBoardViewModel(TaskRunner tasks, InspectionAssignmentService service, LocalDate firstDay) {
        this.tasks = tasks;
        this.service = service;
        day.set(firstDay);
        day.addListener((obs, old, now) -> {
            proposal.clear();
            load();
        });
    }

    public void load() {
        LocalDate shown = day.get();
        if (shown == null) {
            return;
        }
        tasks.run(() -> service.board(shown), board -> {
            rows.setAll(board.rows());
            inspectors.setAll(board.inspectors());
            long open = board.rows().stream().filter(r -> r.inspectorId() == null).count();
            message.set(board.rows().size() + " inspections, " + open + " not assigned.");
        }, failure -> message.set(UserMessages.describe(failure)));
    }

    public void assign(BoardRow row, InspectorLoad inspector) {
        if (row != null) {
            tasks.run(() -> {
                service.assign(row.inspectionId(), inspector == null ? null : inspector.id());
                return row;
            }, done -> {
                proposal.remove(row.inspectionId());
                load();
            }, failure -> message.set(UserMessages.describe(failure)));
        }
    }

    /** Works out a proposal and shows it beside the requests; nothing changes until it is accepted. */
    public void propose() {
        LocalDate shown = day.get();
        tasks.run(() -> service.propose(shown), proposed -> {
            proposal.clear();
            proposal.putAll(proposed);
            rows.setAll(FXCollections.observableArrayList(rows));
            message.set(proposed.isEmpty() ? "Nothing to propose: every inspection is assigned."
                    : proposed.size() + " assignments proposed (shown in the Proposed column). Accept them, or assign by hand.");
        }, failure -> message.set(UserMessages.describe(failure)));
    }

    public void acceptProposal() {
        Map<Long, Long> accepted = new HashMap<>(proposal);
        tasks.run(() -> {
            service.accept(accepted);
            return accepted.size();
        }, count -> {
            proposal.clear();
            message.set(count + " assignments made.");
            load();
        }, failure -> message.set(UserMessages.describe(failure)));
    }

    /** The proposed inspector's name for a request, or "" when there is no proposal for it. */
    public String proposedFor(BoardRow row) {
        Long id = proposal.get(row.inspectionId());
        return id == null ? "" : inspectors.stream().filter(i -> i.id() == id).map(InspectorLoad::name).findFirst().orElse("");
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
        return message.getReadOnlyProperty();
    }
}
