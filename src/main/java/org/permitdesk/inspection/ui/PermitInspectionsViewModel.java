package org.permitdesk.inspection.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionRequest;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionRow;
import org.permitdesk.inspection.InspectionType;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.DateEntry;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * A permit's inspection history and taking a new request by phone or at the counter: type, day, AM/PM, contact,
 * phone, email, notes for the inspector. A refused request lists every reason and keeps what was typed.
 * The selected inspection's details (result, who and when, result notes, correction items, cancel reason) show
 * below the list, with its correction notice to open when it has one.
 */
public final class PermitInspectionsViewModel {

    private final ScreenWork work;
    private final InspectionRequestService service;
    private final SignedInUser clerk;
    private final ObservableList<InspectionRow> inspections = FXCollections.observableArrayList();
    private final ObservableList<InspectionType> types = FXCollections.observableArrayList();
    private final ObjectProperty<InspectionType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final DateEntry dayEntry = new DateEntry(day);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(TimeWindow.AM);
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Correction> openCorrections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper openCorrectionsText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<InspectionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ReadOnlyBooleanWrapper hasNotice = new ReadOnlyBooleanWrapper(false);
    private final LongFunction<Path> writeAttachment;
    private final Consumer<Path> openFile;
    private long permitId;

    static final String NOTHING_SELECTED = Texts.get("inspections.nothingSelected");

    /**
     * {@code writeAttachment} writes a kept attachment (the correction notice) to a file and returns it (runs in the
     * background); {@code openFile} opens that file in the desktop's program for it.
     */
    public PermitInspectionsViewModel(TaskRunner tasks, InspectionRequestService service, SignedInUser clerk,
                                      LongFunction<Path> writeAttachment, Consumer<Path> openFile) {
        this.work = new ScreenWork(tasks);
        this.service = service;
        this.clerk = clerk;
        this.writeAttachment = writeAttachment;
        this.openFile = openFile;
        type.addListener((obs, old, now) -> loadOpenCorrections(now));
        selected.addListener((obs, old, now) -> {
            details.set(now == null ? NOTHING_SELECTED : details(now));
            hasNotice.set(now != null && now.hasNotice());
        });
    }

    /**
     * What a clerk reads out on the phone: "Failed — recorded by Ray Whitfield, Mar 2, 2027 10:15 AM", the result
     * notes, each correction item ("CRC R314.3 — Install smoke alarms…"), the notice, and each correction of the
     * result (who, when, why, what it was); or why nothing is yet.
     */
    private static String details(InspectionRow row) {
        StringBuilder text = new StringBuilder(row.typeName()).append(", ").append(Formats.date(row.date())).append(' ')
                .append(row.window().name()).append(": ");
        if (row.result() != null) {
            text.append(Texts.get("inspections.details.result", row.resultLabel(), Formats.text(row.resultedBy()),
                    Formats.dateTime(row.resultedAt())));
        } else {
            text.append(row.status().label()).append('.');
        }
        if (row.inspectorName() != null && row.result() == null) {
            text.append(Texts.get("inspections.details.inspector", row.inspectorName()));
        }
        if (row.cancelReason() != null) {
            text.append(Texts.get("inspections.details.cancelReason", row.cancelReason()));
        }
        if (row.resultNotes() != null) {
            text.append(Texts.get("inspections.details.notes", row.resultNotes()));
        }
        if (!row.corrections().isEmpty()) {
            text.append(Texts.get("inspections.details.items"));
            for (Correction c : row.corrections()) {
                text.append("\n\u2022 ").append(c.codeRef() == null || c.codeRef().isBlank() ? c.text()
                        : c.codeRef() + " \u2014 " + c.text());
            }
        } else if (row.result() != null && row.result().needsCorrections()) {
            text.append(Texts.get("inspections.details.noItems"));
        }
        if (row.hasNotice()) {
            text.append(Texts.get("inspections.details.notice"));
        } else if (row.result() != null && row.result().needsCorrections()) {
            text.append(Texts.get("inspections.details.noNotice"));
        } else if (row.result() == InspectionResult.PASSED) {
            text.append(Texts.get("inspections.details.nothingToCorrect"));
        }
        for (InspectionRow.ResultChange change : row.changes()) {
            text.append(correction(change));
        }
        return text.toString();
    }

    /**
     * "Corrected from failed to passed by Dana Kowalski, Mar 3, 2027 9:12 AM: wrong stop. Was failed, recorded by
     * Ray Whitfield; notes: …; items: …."
     */
    private static String correction(InspectionRow.ResultChange change) {
        StringBuilder text = new StringBuilder();
        text.append(Texts.get("inspections.corrected", change.oldResult().label().toLowerCase(),
                        change.newResult().label().toLowerCase(), change.changedBy(), Formats.dateTime(change.changedAt()),
                        change.reason()))
                .append(change.reason().matches(".*[.!?]$") ? "" : ".")
                .append(Texts.get("inspections.corrected.was", change.oldResult().label().toLowerCase(),
                        Formats.text(change.oldResultedBy())))
                .append(change.oldNotes() == null ? "" : Texts.get("inspections.corrected.notes", change.oldNotes()))
                .append(change.oldCorrections() == null ? ""
                        : Texts.get("inspections.corrected.items", change.oldCorrections().replace("\n", "; ")));
        return text.toString().matches("(?s).*[.!?]$") ? text.toString() : text + ".";
    }

    /** The Status column: "Inspected" once a result is recorded, else Requested / Assigned / "Cancelled: why". */
    public static String statusText(InspectionRow row) {
        if (row.result() != null && row.result() != InspectionResult.CANCELLED) {
            return Texts.get("inspections.status.inspected");
        }
        return row.status().label() + (row.cancelReason() == null ? "" : ": " + row.cancelReason());
    }

    /** Writes the selected inspection's correction notice out (in the background) and opens it, to read or print. */
    public void openNotice() {
        InspectionRow row = selected.get();
        if (row == null || !row.hasNotice()) {
            work.sayError(Texts.get("inspections.notice.select"));
            return;
        }
        long attachment = row.noticeAttachmentId();
        work.runQuietly(() -> writeAttachment.apply(attachment), file -> {
            work.say(Texts.get("inspections.notice.opened", row.typeName().toLowerCase(), file.toString()));
            openFile.accept(file);
        });
    }

    /** A reinspection starts with the items still open from the last failed or partial inspection of its type. */
    private void loadOpenCorrections(InspectionType chosen) {
        openCorrections.clear();
        openCorrectionsText.set("");
        if (chosen == null) {
            return;
        }
        long permit = permitId;
        work.runQuietly(() -> service.openCorrections(permit, chosen.getId()), items -> {
            if (chosen != type.get()) {
                return;
            }
            openCorrections.setAll(items);
            openCorrectionsText.set(items.isEmpty() ? "" : Texts.get("inspections.reinspection", items.size())
                    + String.join("; ", items.stream().map(c -> c.codeRef() == null || c.codeRef().isBlank()
                    ? c.text() : c.codeRef() + " " + c.text()).toList()));
        });
    }

    private record Loaded(List<InspectionRow> inspections, List<InspectionType> types, LocalDate earliest) {
    }

    public void load(long id) {
        this.permitId = id;
        work.runQuietly(() -> new Loaded(service.inspections(id), service.typesFor(id), service.earliestDay()), loaded -> {
            showInspections(loaded.inspections());
            types.setAll(loaded.types());
            if (day.get() == null) {
                day.set(loaded.earliest());
            }
        });
    }

    /** Records the request; on refusal says every reason and keeps the form as typed. */
    public void request() {
        if (!dayEntry.commit()) {
            work.sayError(dayEntry.problem().orElseThrow());
            return;
        }
        if (type.get() == null) {
            work.sayError(Texts.get("inspections.chooseType"));
            return;
        }
        int open = openCorrections.size();
        InspectionRequest request = new InspectionRequest(type.get().getId(), day.get(), window.get(), contactName.get(),
                phone.get(), email.get(), notes.get());
        work.runQuietly(() -> {
            service.request(permitId, request, clerk);
            return service.inspections(permitId);
        }, list -> {
            showInspections(list);
            work.say(Texts.get("inspections.requested", type.get().getName(), Formats.date(day.get()), window.get().name())
                    + (open == 0 ? "" : Texts.get("inspections.requested.reinspection", open)));
            notes.set("");
        });
    }

    /** Replaces the list, keeping the same inspection selected (with its fresh details) when it is still there. */
    private void showInspections(List<InspectionRow> list) {
        Long was = selected.get() == null ? null : selected.get().id();
        inspections.setAll(list);
        selected.set(list.stream().filter(row -> was != null && row.id() == was).findFirst().orElse(null));
    }

    public ObservableList<InspectionRow> inspections() {
        return inspections;
    }

    public ObservableList<InspectionType> types() {
        return types;
    }

    public ObjectProperty<InspectionType> typeProperty() {
        return type;
    }

    /** The inspection day as typed: an impossible date is refused, not read as another day. */
    public DateEntry dayEntry() {
        return dayEntry;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The open correction items the chosen inspection type's reinspection starts with (empty: none). */
    public ObservableList<Correction> openCorrections() {
        return openCorrections;
    }

    /** One line naming the open items, for the request form ("" when none). */
    public ReadOnlyStringProperty openCorrectionsTextProperty() {
        return openCorrectionsText.getReadOnlyProperty();
    }

    /** The inspection whose details show below the list (the list's selection); {@code null}: none. */
    public ObjectProperty<InspectionRow> selectedProperty() {
        return selected;
    }

    /** The selected inspection's details, as lines of text. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Whether the selected inspection has a correction notice to open. */
    public ReadOnlyBooleanProperty hasNoticeProperty() {
        return hasNotice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return work.messageIsErrorProperty();
    }
}
