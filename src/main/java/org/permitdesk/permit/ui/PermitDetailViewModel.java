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
                new Field("Permit number", permit.number()),
                new Field("Type", permit.typeName()),
                new Field("Subtype", permit.subtypeName() == null ? Formats.NONE : permit.subtypeName()),
                new Field("Status", permit.status().label())));
        if (permit.statusText() != null && !permit.statusText().isBlank()) {
            fields.add(new Field("Imported status", permit.statusText()));
        }
        fields.add(new Field("Valuation", Formats.money(permit.valuation())));
        permitFields.setAll(fields);
        List<Field> dates = new ArrayList<>(List.of(
                new Field("Applied", Formats.date(permit.appliedDate())),
                new Field("Approved", Formats.date(permit.approvedDate())),
                new Field("Issued", Formats.date(permit.issuedDate())),
                new Field("Finaled", Formats.date(permit.finaledDate())),
                new Field("Expires", Formats.date(permit.expiresDate()))));
        if (permit.voidDate() != null) {
            dates.add(new Field("Voided", Formats.date(permit.voidDate())));
            dates.add(new Field("Void reason", Formats.text(permit.voidReason())));
        }
        dateFields.setAll(dates);
        SiteFields site = permit.site();
        siteFields.setAll(
                new Field("Address", site.fullAddress()),
                new Field("Parcel (APN)", Formats.text(site.parcelNumber())),
                new Field("Coordinates", site.latitude() == null || site.longitude() == null ? "not known"
                        : String.format(Locale.US, "%.6f, %.6f", site.latitude(), site.longitude())));
        contacts.setAll(details.contacts().stream().map(PermitDetailViewModel::contactRow).toList());
        history.setAll(details.history().stream().map(PermitDetailViewModel::historyRow).toList());
        work.clearMessage();
        loaded.set(true);
    }

    private static ContactRow contactRow(Contact contact) {
        String role = contact.role().label() + (contact.accountId() == null ? "" : " \u00b7 portal account");
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
