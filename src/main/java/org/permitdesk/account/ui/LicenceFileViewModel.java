package org.permitdesk.account.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.cslb.CslbImportResult;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.account.cslb.RejectedLine;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The administrator's CSLB licence screen: how many licences are stored, importing a new master file
 * (all or nothing, with progress and every rejected line's number and reason), and checking one licence.
 */
public final class LicenceFileViewModel {

    private final ScreenWork work;
    private final CslbImportService importer;
    private final CslbLicenceService licences;
    private final LicenceCheck check;

    private final ReadOnlyStringWrapper stored = new ReadOnlyStringWrapper("");
    private final SignedInUser who;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private final StringProperty licenceNumber = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LicenceCheck.Result> licence = new ReadOnlyObjectWrapper<>(LicenceCheck.Result.NONE);

    public LicenceFileViewModel(TaskRunner tasks, CslbImportService importer, CslbLicenceService licences,
                                LicenceCheck check, SignedInUser who) {
        this.work = new ScreenWork(tasks);
        this.who = who;
        this.importer = importer;
        this.licences = licences;
        this.check = check;
    }

    public void refresh() {
        work.runQuietly(licences::count, count -> stored.set(count == 0
                ? Texts.get("licences.none") : Texts.get("licences.stored", count)));
    }

    /** Replaces the stored licences with the file's; nothing changes if the file is refused. */
    public void importFile(Path file) {
        rejected.clear();
        progress.set(-1);
        work.say(Texts.get("licences.importing", file.getFileName().toString()));
        work.run(() -> importer.importFile(file, (lines, bytes, total) -> work.onUi(
                () -> progress.set(total > 0 ? (double) bytes / total : -1)), who), this::imported, failure -> {
                    progress.set(0);
                    work.sayError(Texts.get("licences.importFailed", UserMessages.describe(failure)));
                });
    }

    private void imported(CslbImportResult result) {
        progress.set(1);
        work.say(Texts.get("licences.imported", result.imported(),
                String.format(Locale.US, "%.1f", result.elapsed().toMillis() / 1000.0), result.rejectedCount())
                + (result.rejectedCount() > result.rejected().size()
                ? Texts.get("licences.firstListed", result.rejected().size()) : ""));
        result.rejected().stream().map(LicenceFileViewModel::describe).forEach(rejected::add);
        refresh();
    }

    /** Looks up the typed licence number in the stored file. */
    public void checkLicence() {
        String typed = licenceNumber.get().replaceAll("\\D", "");
        if (typed.isEmpty()) {
            licence.set(new LicenceCheck.Result(Texts.get("licences.typeNumber"), LicenceCheck.Standing.UNKNOWN));
            return;
        }
        work.runQuietly(() -> check.check(typed), licence::set);
    }

    private static String describe(RejectedLine line) {
        return Texts.get("licences.rejectedLine", line.line(), line.reason());
    }

    public ReadOnlyStringProperty storedProperty() {
        return stored.getReadOnlyProperty();
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

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<String> rejected() {
        return rejected;
    }

    public StringProperty licenceNumberProperty() {
        return licenceNumber;
    }

    public ReadOnlyObjectProperty<LicenceCheck.Result> licenceProperty() {
        return licence.getReadOnlyProperty();
    }
}
