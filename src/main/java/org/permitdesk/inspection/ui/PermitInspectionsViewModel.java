package org.permitdesk.inspection.ui;

import java.time.LocalDate;
import java.util.List;
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
import org.permitdesk.inspection.InspectionRow;
import org.permitdesk.inspection.InspectionType;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;

/**
 * A permit's inspections and taking a new request by phone or at the counter: type, day, AM/PM, contact,
 * phone, email, notes for the inspector. A refused request lists every reason and keeps what was typed.
 */
public final class PermitInspectionsViewModel {

    private final TaskRunner tasks;
    private final InspectionRequestService service;
    private final String clerk;
    private final ObservableList<InspectionRow> inspections = FXCollections.observableArrayList();
    private final ObservableList<InspectionType> types = FXCollections.observableArrayList();
    private final ObjectProperty<InspectionType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(TimeWindow.AM);
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Correction> openCorrections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper openCorrectionsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private long permitId;

    public PermitInspectionsViewModel(TaskRunner tasks, InspectionRequestService service, String clerk) {
        this.tasks = tasks;
        this.service = service;
        this.clerk = clerk;
        type.addListener((obs, old, now) -> loadOpenCorrections(now));
    }

    /** A reinspection starts with the items still open from the last failed or partial inspection of its type. */
    private void loadOpenCorrections(InspectionType chosen) {
        openCorrections.clear();
        openCorrectionsText.set("");
        if (chosen == null) {
            return;
        }
        long permit = permitId;
        tasks.run(() -> service.openCorrections(permit, chosen.getId()), items -> {
            if (chosen != type.get()) {
                return;
            }
            openCorrections.setAll(items);
            openCorrectionsText.set(items.isEmpty() ? "" : "Reinspection: starts with the " + items.size()
                    + " correction item" + (items.size() == 1 ? "" : "s") + " still open from the last visit \u2014 "
                    + String.join("; ", items.stream().map(c -> c.codeRef() == null || c.codeRef().isBlank()
                    ? c.text() : c.codeRef() + " " + c.text()).toList()));
        }, failure -> say(UserMessages.describe(failure), true));
    }

    private record Loaded(List<InspectionRow> inspections, List<InspectionType> types, LocalDate earliest) {
    }

    public void load(long id) {
        this.permitId = id;
        tasks.run(() -> new Loaded(service.inspections(id), service.typesFor(id), service.earliestDay()), loaded -> {
            inspections.setAll(loaded.inspections());
            types.setAll(loaded.types());
            if (day.get() == null) {
                day.set(loaded.earliest());
            }
        }, failure -> say(UserMessages.describe(failure), true));
    }

    /** Records the request; on refusal says every reason and keeps the form as typed. */
    public void request() {
        if (type.get() == null) {
            say("Choose the inspection type.", true);
            return;
        }
        int open = openCorrections.size();
        InspectionRequest request = new InspectionRequest(type.get().getId(), day.get(), window.get(), contactName.get(),
                phone.get(), email.get(), notes.get());
        tasks.run(() -> {
            service.request(permitId, request, clerk);
            return service.inspections(permitId);
        }, list -> {
            inspections.setAll(list);
            say(type.get().getName() + " requested for " + day.get() + " " + window.get().name() + "."
                    + (open == 0 ? "" : " It is a reinspection: the inspector's stop lists the " + open
                    + " open correction item" + (open == 1 ? "" : "s") + "."), false);
            notes.set("");
        }, failure -> say(UserMessages.describe(failure), true));
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
