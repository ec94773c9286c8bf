package org.permitdesk.permit.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.PermitChangeLog;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;

/** The permit's audit trail on screen: who changed what, when, old → new. */
public final class PermitChangesViewModel {

    private final TaskRunner tasks;
    private final PermitChangeLog log;
    private final ObservableList<PermitChangeLog.Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PermitChangesViewModel(TaskRunner tasks, PermitChangeLog log) {
        this.tasks = tasks;
        this.log = log;
    }

    public void load(long permitId) {
        tasks.run(() -> log.changes(permitId), list -> {
            java.util.List<PermitChangeLog.Change> newestFirst = new java.util.ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            changes.setAll(newestFirst);
            message.set("");
        }, failure -> message.set("Could not load the changes: " + UserMessages.describe(failure)));
    }

    public ObservableList<PermitChangeLog.Change> changes() {
        return changes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
