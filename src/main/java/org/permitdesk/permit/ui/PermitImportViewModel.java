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
        work.say("Importing " + file.getFileName() + "\u2026");
        boolean skip = skipInvalid.get();
        work.run(() -> importer.importFile(file, skip, rows -> work.onUi(
                () -> work.say(String.format(Locale.US, "Importing %s\u2026 %,d rows read", file.getFileName(), rows))), who),
                this::imported, failure -> work.sayError(UserMessages.describe(failure) + " Nothing was imported."));
    }

    private void imported(BldsImportResult result) {
        result.rejected().forEach(row -> rejected.add("Line " + row.line() + ": " + row.reason()));
        if (result.refused()) {
            work.sayError(String.format(Locale.US, "Nothing imported: %,d of %,d rows are invalid (listed below). Fix them, or "
                    + "tick \u201cskip invalid rows\u201d to import the valid ones.", result.rejectedCount(), result.rows()));
            return;
        }
        work.say(String.format(Locale.US, "Imported %,d %s in %.1f s", result.imported(),
                result.imported() == 1 ? "permit" : "permits", result.elapsed().toMillis() / 1000.0)
                + (result.rejectedCount() == 0 ? "." : String.format(Locale.US, "; %,d %s skipped", result.rejectedCount(),
                result.rejectedCount() == 1 ? "row" : "rows")
                + result.rejectsFile().map(f -> " (written to " + f + ").").orElse("."))
                + (result.newTypes().isEmpty() ? "" : " New permit types: " + String.join(", ", result.newTypes()) + "."));
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
