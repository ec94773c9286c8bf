package org.permitdesk.permit.ui;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.permitdesk.permit.PermitDetails.PermitFields;
import org.permitdesk.permit.PermitEditService;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Editing a permit's valuation, description and internal notes. A save refused because someone else
 * changed the permit says who and when, and keeps what the clerk typed until they reload.
 */
public final class PermitEditViewModel {

    private final ScreenWork work;
    private final PermitSearchService permits;
    private final PermitEditService edits;
    private final SignedInUser user;
    private final Runnable onSaved;
    private final StringProperty valuation = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private long permitId;
    private long version;

    public PermitEditViewModel(TaskRunner tasks, PermitSearchService permits, PermitEditService edits, SignedInUser user,
                               Runnable onSaved) {
        this.work = new ScreenWork(tasks);
        this.permits = permits;
        this.edits = edits;
        this.user = user;
        this.onSaved = onSaved;
    }

    /** Loads (or reloads, discarding the form) the permit's current details. */
    public void load(long id) {
        this.permitId = id;
        work.runQuietly(() -> permits.open(id), found -> found.ifPresent(details -> {
            fill(details.permit());
            work.clearMessage();
        }));
    }

    /** Fills the form from a permit already loaded (discarding what was typed). */
    public void fill(PermitFields permit) {
        this.permitId = permit.id();
        version = permit.version();
        valuation.set(permit.valuation() == null ? "" : permit.valuation().toPlainString());
        description.set(permit.description() == null ? "" : permit.description());
        notes.set(permit.internalNotes() == null ? "" : permit.internalNotes());
    }

    /** Whether the signed-in person may change the permit's details (the permission table); others only read them. */
    public boolean mayEdit() {
        return user.may(Permission.EDIT_PERMIT);
    }

    public void save() {
        BigDecimal amount;
        try {
            String text = valuation.get().replace("$", "").replace(",", "").strip();
            amount = text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            work.sayError(Texts.get("permitEdit.badValuation", valuation.get()));
            return;
        }
        PermitEditService.Details details = new PermitEditService.Details(amount, description.get(), notes.get());
        work.run(() -> edits.saveDetails(permitId, version, details, user), newVersion -> {
            version = newVersion;
            work.say(Texts.get("permitEdit.saved"));
            onSaved.run();
        });
    }

    public StringProperty valuationProperty() {
        return valuation;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return work.messageIsErrorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public void reload() {
        load(permitId);
    }
}
