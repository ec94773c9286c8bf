package org.permitdesk.permit.ui;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * The permit's next steps: each action open to it now that the signed-in person may do (by the permission table),
 * with everything that blocks it in plain words ("why can't I issue this?"), and doing one (void and reinstate ask
 * for a reason; a final is confirmed first; a supervisor may final anyway, with a reason, when only required
 * inspections are missing).
 */
public final class PermitActionsViewModel {

    /**
     * A button: the action, what blocks it (empty: it can be done) and whether this person may do it anyway with a
     * reason ("Final anyway…").
     */
    public record ActionRow(PermitAction action, List<String> blockers, boolean overridable) {
        public boolean blocked() {
            return !blockers.isEmpty();
        }
    }

    /** Asks a yes/no question before something that cannot be undone (a dialog in the view; tests answer it). */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String question);
    }

    private final ScreenWork work;
    private final PermitLifecycleService lifecycle;
    private final SignedInUser who;
    private final Runnable onChanged;
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private long permitId;
    private long version;
    private String number = "";
    private Confirmation confirmation = question -> false;

    public PermitActionsViewModel(TaskRunner tasks, PermitLifecycleService lifecycle, SignedInUser who,
                                  Runnable onChanged) {
        this.work = new ScreenWork(tasks);
        this.lifecycle = lifecycle;
        this.who = who;
        this.onChanged = onChanged;
    }

    /** How a final is confirmed (the view shows an OK/Cancel dialog); until set, nothing is finaled. */
    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    public void load(long id) {
        this.permitId = id;
        work.run(() -> lifecycle.checkActions(id, who), available -> {
            version = available.version();
            number = available.number();
            actions.setAll(available.checks().stream()
                    .map(c -> new ActionRow(c.action(), c.blockers(), c.overridable())).toList());
            if (actions.isEmpty() && work.message().isEmpty()) {
                work.say(who.may(Permission.MOVE_PERMIT)
                        ? Texts.get("actions.nothingToDo", available.status().label().toLowerCase())
                        : Texts.get("actions.notYours"));
            }
        }, failure -> work.sayError(Texts.get("actions.failed", UserMessages.describe(failure))));
    }

    /**
     * Does the action; {@code reason} is required for void and reinstate. A final is confirmed first (Cancel: nothing
     * happens).
     */
    public void perform(PermitAction action, String reason) {
        if (action == PermitAction.FINAL && !confirmation.confirm(finalQuestion())) {
            work.say(Texts.get("actions.notFinaled"));
            return;
        }
        change(() -> lifecycle.perform(permitId, version, action, reason, who));
    }

    /**
     * A supervisor's "Final anyway…": finals although required inspections have not passed, with the reason kept
     * in the permit's history.
     */
    public void finalAnyway(String reason) {
        change(() -> lifecycle.finalAnyway(permitId, version, reason, who));
    }

    /** "Final permit B2611-004? This closes it: …" */
    public String finalQuestion() {
        return Texts.get("actions.final.question", number);
    }

    private void change(java.util.concurrent.Callable<PermitStatus> change) {
        work.run(change, status -> {
            work.say(Texts.get("actions.done", status.label().toLowerCase()));
            onChanged.run();
            load(permitId);
        }, failure -> {
            work.fail(failure);
            load(permitId);
        });
    }

    public ObservableList<ActionRow> actions() {
        return actions;
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
}
