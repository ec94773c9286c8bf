package org.permitdesk.history.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.history.PermitChangeLog;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;

/** The permit's audit trail on screen: who changed what, when, old → new. */
public final class PermitChangesViewModel {

    private final ScreenWork work;
    private final PermitChangeLog log;
    private final ObservableList<PermitChangeLog.Change> changes = FXCollections.observableArrayList();

    public PermitChangesViewModel(TaskRunner tasks, PermitChangeLog log) {
        this.work = new ScreenWork(tasks);
        this.log = log;
    }

    public void load(long permitId) {
        work.runQuietly(() -> log.changes(permitId), list -> {
            java.util.List<PermitChangeLog.Change> newestFirst = new java.util.ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            changes.setAll(newestFirst);
            work.clearMessage();
        }, failure -> work.sayError(Texts.get("changesTab.failed", UserMessages.describe(failure))));
    }

    public ObservableList<PermitChangeLog.Change> changes() {
        return changes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }
}
