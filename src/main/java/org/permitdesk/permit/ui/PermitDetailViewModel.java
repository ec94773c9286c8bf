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
import org.permitdesk.platform.ui.Texts;

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
        this.work = new ScreenWork(tasks, Texts.get("permit.loading"));
        this.service = service;
    }

    public void load(long permitId) {
        work.say(Texts.get("permit.loading"));
        work.runQuietly(() -> service.open(permitId), found -> found.ifPresentOrElse(this::show,
                        () -> work.say(Texts.get("permit.gone"))),
                failure -> work.sayError(Texts.get("permit.failed", UserMessages.describe(failure))));
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
                new Field(Texts.get("permit.field.number"), permit.getNumber()),
                new Field(Texts.get("permit.field.type"), permit.getType().getName()),
                new Field(Texts.get("permit.field.subtype"), permit.getSubtype() == null ? Formats.NONE : permit.getSubtype().getName()),
                new Field(Texts.get("permit.field.status"), permit.getStatus().label())));
        if (permit.getStatusText() != null && !permit.getStatusText().isBlank()) {
            fields.add(new Field(Texts.get("permit.field.importedStatus"), permit.getStatusText()));
        }
        fields.add(new Field(Texts.get("permit.field.valuation"), Formats.money(permit.getValuation())));
        permitFields.setAll(fields);
        List<Field> dates = new ArrayList<>(List.of(
                new Field(Texts.get("permit.field.applied"), Formats.date(permit.getAppliedDate())),
                new Field(Texts.get("permit.field.approved"), Formats.date(permit.getApprovedDate())),
                new Field(Texts.get("permit.field.issued"), Formats.date(permit.getIssuedDate())),
                new Field(Texts.get("permit.field.finaled"), Formats.date(permit.getFinaledDate())),
                new Field(Texts.get("permit.field.expires"), Formats.date(permit.getExpiresDate()))));
        if (permit.getVoidDate() != null) {
            dates.add(new Field(Texts.get("permit.field.voided"), Formats.date(permit.getVoidDate())));
            dates.add(new Field(Texts.get("permit.field.voidReason"), Formats.text(permit.getVoidReason())));
        }
        dateFields.setAll(dates);
        Site site = permit.getSite();
        siteFields.setAll(
                new Field(Texts.get("permit.field.address"), site.fullAddress()),
                new Field(Texts.get("permit.field.parcel"), Formats.text(site.getParcelNumber())),
                new Field(Texts.get("permit.field.coordinates"), site.getLatitude() == null || site.getLongitude() == null
                        ? Texts.get("permit.field.coordinates.unknown")
                        : String.format(Locale.US, "%.6f, %.6f", site.getLatitude(), site.getLongitude())));
        contacts.setAll(details.contacts().stream().map(PermitDetailViewModel::contactRow).toList());
        history.setAll(details.history().stream().map(PermitDetailViewModel::historyRow).toList());
        work.clearMessage();
        loaded.set(true);
    }

    private static ContactRow contactRow(PermitContact contact) {
        String role = contact.getRole().label() + (contact.getAccountId() == null ? "" : Texts.get("permit.contact.portal"));
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
