package org.permitdesk.permit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitContact;
import org.permitdesk.permit.PermitDetails;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.PermitStatusChange;
import org.permitdesk.permit.Site;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;

/** A permit, read-only: its fields as label/value pairs, its contacts and its status history. */
public final class PermitDetailViewModel {

    /** One labelled value on the permit screen. */
    public record Field(String label, String value) {
    }

    public record ContactRow(String role, String name, String business, String license, String phone, String email) {
    }

    public record HistoryRow(String date, String change, String by, String reason) {
    }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper internalNotes = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Field> permitFields = FXCollections.observableArrayList();
    private final ObservableList<Field> dateFields = FXCollections.observableArrayList();
    private final ObservableList<Field> siteFields = FXCollections.observableArrayList();
    private final ObservableList<ContactRow> contacts = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();

    private final ScreenWork work;
    private final PermitSearchService service;
    private java.util.function.Consumer<Permit> onLoaded = permit -> { };

    public PermitDetailViewModel(TaskRunner tasks, PermitSearchService service) {
        this.work = new ScreenWork(tasks, "Loading…");
        this.service = service;
    }

    public void load(long permitId) {
        work.say("Loading…");
        work.runQuietly(() -> service.open(permitId), found -> found.ifPresentOrElse(this::show,
                        () -> work.say("This permit no longer exists. Close this tab and search again.")),
                failure -> work.sayError("Could not open the permit: " + UserMessages.describe(failure)
                        + " Close this tab and open it again."));
    }

    /** Hands each loaded permit on (the edit form fills itself from it rather than loading it again). */
    public void onLoaded(java.util.function.Consumer<Permit> listener) {
        this.onLoaded = listener;
    }

    private void show(PermitDetails details) {
        Permit permit = details.permit();
        onLoaded.accept(permit);
        title.set(permit.getNumber());
        status.set(permit.getStatus().label());
        description.set(Formats.text(permit.getDescription()));
        internalNotes.set(Formats.text(permit.getInternalNotes()));
        List<Field> fields = new ArrayList<>(List.of(
                new Field("Permit number", permit.getNumber()),
                new Field("Type", permit.getType().getName()),
                new Field("Subtype", permit.getSubtype() == null ? Formats.NONE : permit.getSubtype().getName()),
                new Field("Status", permit.getStatus().label())));
        if (permit.getStatusText() != null && !permit.getStatusText().isBlank()) {
            fields.add(new Field("Imported status", permit.getStatusText()));
        }
        fields.add(new Field("Valuation", Formats.money(permit.getValuation())));
        permitFields.setAll(fields);
        List<Field> dates = new ArrayList<>(List.of(
                new Field("Applied", Formats.date(permit.getAppliedDate())),
                new Field("Approved", Formats.date(permit.getApprovedDate())),
                new Field("Issued", Formats.date(permit.getIssuedDate())),
                new Field("Finaled", Formats.date(permit.getFinaledDate())),
                new Field("Expires", Formats.date(permit.getExpiresDate()))));
        if (permit.getVoidDate() != null) {
            dates.add(new Field("Voided", Formats.date(permit.getVoidDate())));
            dates.add(new Field("Void reason", Formats.text(permit.getVoidReason())));
        }
        dateFields.setAll(dates);
        Site site = permit.getSite();
        siteFields.setAll(
                new Field("Address", site.fullAddress()),
                new Field("Parcel (APN)", Formats.text(site.getParcelNumber())),
                new Field("Coordinates", site.getLatitude() == null || site.getLongitude() == null ? "not known"
                        : String.format(Locale.US, "%.6f, %.6f", site.getLatitude(), site.getLongitude())));
        contacts.setAll(details.contacts().stream().map(PermitDetailViewModel::contactRow).toList());
        history.setAll(details.history().stream().map(PermitDetailViewModel::historyRow).toList());
        work.clearMessage();
        loaded.set(true);
    }

    private static ContactRow contactRow(PermitContact contact) {
        String role = contact.getRole().label() + (contact.getAccountId() == null ? "" : " \u00b7 portal account");
        return new ContactRow(role, Formats.text(contact.getName()),
                Formats.text(contact.getBusinessName()), Formats.text(contact.getLicenseNumber()),
                Formats.text(contact.getPhone()), Formats.text(contact.getEmail()));
    }

    private static HistoryRow historyRow(PermitStatusChange change) {
        String text = change.getFromStatus() == null ? change.getToStatus().label()
                : change.getFromStatus().label() + " \u2192 " + change.getToStatus().label();
        return new HistoryRow(Formats.date(change.getChangedOn()), text, change.getChangedBy(),
                change.getReason() == null ? "" : change.getReason());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty internalNotesProperty() {
        return internalNotes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<Field> permitFields() {
        return permitFields;
    }

    public ObservableList<Field> dateFields() {
        return dateFields;
    }

    public ObservableList<Field> siteFields() {
        return siteFields;
    }

    public ObservableList<ContactRow> contacts() {
        return contacts;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }
}
