package org.permitdesk.permit.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;

/**
 * The permit's next steps: each action open to it now, with everything that blocks it in plain words
 * ("why can't I issue this?"), and doing one (void and reinstate ask for a reason).
 */
public final class PermitActionsViewModel {

    /** A button: the action, and what blocks it (empty: it can be done). */
    public record ActionRow(PermitAction action, List<String> blockers) {
        public boolean blocked() {
            return !blockers.isEmpty();
        }
    }

    private final TaskRunner tasks;
    private final PermitLifecycleService lifecycle;
    private final boolean supervisor;
    private final String user;
    private final Runnable onChanged;
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long permitId;
    private long version;

    public PermitActionsViewModel(TaskRunner tasks, PermitLifecycleService lifecycle, boolean supervisor, String user,
                                  Runnable onChanged) {
        this.tasks = tasks;
        this.lifecycle = lifecycle;
        this.supervisor = supervisor;
        this.user = user;
        this.onChanged = onChanged;
    }

    public void load(long id) {
        this.permitId = id;
        busy.set(true);
        tasks.run(() -> lifecycle.checkActions(id, supervisor), available -> {
            busy.set(false);
            version = available.version();
            actions.setAll(available.checks().stream().map(c -> new ActionRow(c.action(), c.blockers())).toList());
        }, failure -> {
            busy.set(false);
            say("Could not check what can be done next: " + UserMessages.describe(failure), true);
        });
    }

    /** Does the action; {@code reason} is required for void and reinstate. Keeps the reason on refusal. */
    public void perform(PermitAction action, String reason) {
        busy.set(true);
        tasks.run(() -> lifecycle.perform(permitId, version, action, reason, supervisor, user), status -> {
            busy.set(false);
            say("Permit is now " + status.label().toLowerCase() + ".", false);
            onChanged.run();
            load(permitId);
        }, failure -> {
            busy.set(false);
            say(UserMessages.describe(failure), true);
            load(permitId);
        });
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
