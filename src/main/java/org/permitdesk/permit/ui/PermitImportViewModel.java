package org.permitdesk.permit.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.blds.BldsImportResult;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The administrator's permit import (BLDS CSV, the open permit-data format): all or nothing, or with
 * "skip invalid rows" the valid rows and a rejects file; every rejected row with its line and reason.
 */
public final class PermitImportViewModel {

    private final SignedInUser who;
    private final ScreenWork work;
    private final BldsImportService importer;
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ObservableList<String> rejected = FXCollections.observableArrayList();

    public PermitImportViewModel(TaskRunner tasks, BldsImportService importer, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.importer = importer;
    }

    public void importFile(Path file) {
        rejected.clear();
        work.say(Texts.get("import.importing", file.getFileName().toString()));
        boolean skip = skipInvalid.get();
        work.run(() -> importer.importFile(file, skip, rows -> work.onUi(
                () -> work.say(Texts.get("import.progress", file.getFileName().toString(), rows))), who),
                this::imported, failure -> work.sayError(Texts.get("import.failed", UserMessages.describe(failure))));
    }

    private void imported(BldsImportResult result) {
        result.rejected().forEach(row -> rejected.add(Texts.get("import.rejectedLine", row.line(), row.reason())));
        if (result.refused()) {
            work.sayError(Texts.get("import.refused", result.rejectedCount(), result.rows()));
            return;
        }
        work.say(Texts.get("import.imported", result.imported(), String.format(Locale.US, "%.1f", result.elapsed().toMillis() / 1000.0))
                + (result.rejectedCount() == 0 ? "." : Texts.get("import.skipped", result.rejectedCount())
                + result.rejectsFile().map(f -> Texts.get("import.rejectsFile", f.toString())).orElse("."))
                + (result.newTypes().isEmpty() ? "" : Texts.get("import.newTypes", String.join(", ", result.newTypes()))));
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public ObservableList<String> rejected() {
        return rejected;
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
