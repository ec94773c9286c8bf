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
import org.permitdesk.permit.PermitDetails;
import org.permitdesk.permit.PermitDetails.Contact;
import org.permitdesk.permit.PermitDetails.PermitFields;
import org.permitdesk.permit.PermitDetails.SiteFields;
import org.permitdesk.permit.PermitDetails.StatusChange;
import org.permitdesk.permit.PermitSearchService;
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
    private java.util.function.Consumer<PermitFields> onLoaded = permit -> { };

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
    public void onLoaded(java.util.function.Consumer<PermitFields> listener) {
        this.onLoaded = listener;
    }

    private void show(PermitDetails details) {
        PermitFields permit = details.permit();
        onLoaded.accept(permit);
        title.set(permit.number());
        status.set(permit.status().label());
        description.set(Formats.text(permit.description()));
        internalNotes.set(Formats.text(permit.internalNotes()));
        List<Field> fields = new ArrayList<>(List.of(
                new Field(Texts.get("permit.field.number"), permit.number()),
                new Field(Texts.get("permit.field.type"), permit.typeName()),
                new Field(Texts.get("permit.field.subtype"), permit.subtypeName() == null ? Formats.NONE : permit.subtypeName()),
                new Field(Texts.get("permit.field.status"), permit.status().label())));
        if (permit.statusText() != null && !permit.statusText().isBlank()) {
            fields.add(new Field(Texts.get("permit.field.importedStatus"), permit.statusText()));
        }
        fields.add(new Field(Texts.get("permit.field.valuation"), Formats.money(permit.valuation())));
        permitFields.setAll(fields);
        List<Field> dates = new ArrayList<>(List.of(
                new Field(Texts.get("permit.field.applied"), Formats.date(permit.appliedDate())),
                new Field(Texts.get("permit.field.approved"), Formats.date(permit.approvedDate())),
                new Field(Texts.get("permit.field.issued"), Formats.date(permit.issuedDate())),
                new Field(Texts.get("permit.field.finaled"), Formats.date(permit.finaledDate())),
                new Field(Texts.get("permit.field.expires"), Formats.date(permit.expiresDate()))));
        if (permit.voidDate() != null) {
            dates.add(new Field(Texts.get("permit.field.voided"), Formats.date(permit.voidDate())));
            dates.add(new Field(Texts.get("permit.field.voidReason"), Formats.text(permit.voidReason())));
        }
        dateFields.setAll(dates);
        SiteFields site = permit.site();
        siteFields.setAll(
                new Field(Texts.get("permit.field.address"), site.fullAddress()),
                new Field(Texts.get("permit.field.parcel"), Formats.text(site.parcelNumber())),
                new Field(Texts.get("permit.field.coordinates"), site.latitude() == null || site.longitude() == null
                        ? Texts.get("permit.field.coordinates.unknown")
                        : String.format(Locale.US, "%.6f, %.6f", site.latitude(), site.longitude())));
        contacts.setAll(details.contacts().stream().map(PermitDetailViewModel::contactRow).toList());
        history.setAll(details.history().stream().map(PermitDetailViewModel::historyRow).toList());
        work.clearMessage();
        loaded.set(true);
    }

    private static ContactRow contactRow(Contact contact) {
        String role = contact.role().label() + (contact.accountId() == null ? "" : Texts.get("permit.contact.portal"));
        return new ContactRow(role, Formats.text(contact.name()),
                Formats.text(contact.businessName()), Formats.text(contact.licenseNumber()),
                Formats.text(contact.phone()), Formats.text(contact.email()));
    }

    private static HistoryRow historyRow(StatusChange change) {
        String text = change.fromStatus() == null ? change.toStatus().label()
                : change.fromStatus().label() + " \u2192 " + change.toStatus().label();
        return new HistoryRow(Formats.date(change.changedOn()), text, change.changedBy(),
                change.reason() == null ? "" : change.reason());
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
