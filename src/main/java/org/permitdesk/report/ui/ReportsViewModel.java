package org.permitdesk.report.ui;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.report.FillControl;
import org.permitdesk.report.FilledReport;
import org.permitdesk.report.IssuedFinaledData;
import org.permitdesk.report.ReportCancelledException;
import org.permitdesk.report.ReportFormat;
import org.permitdesk.report.ReportKind;
import org.permitdesk.report.ReportPages;
import org.permitdesk.report.ReportRequest;
import org.permitdesk.report.ReportService;
import org.permitdesk.report.ReportService.PermitTypeChoice;

/**
 * The supervisors' reports screen: which report, its period (or days ahead) and permit types, checked as they
 * are typed; the report is made in the background (with progress and Cancel), shown page by page, printed
 * (as PDF in the desktop's viewer) or saved as PDF, XLSX or CSV.
 */
public final class ReportsViewModel implements AutoCloseable {

    /** Drawing size of preview pages (1 = 72 dots per inch). */
    static final float PREVIEW_ZOOM = 1.4f;

    private final TaskRunner tasks;
    private final ReportService service;
    private final Clock clock;
    private final Consumer<Path> openInViewer;

    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.ISSUED_FINALED);
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(ReportPeriod.THIS_MONTH);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty days = new SimpleStringProperty("30");
    private final ObservableList<PermitTypeChoice> permitTypes = FXCollections.observableArrayList();
    private final ObservableList<PermitTypeChoice> chosenTypes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasReport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Image> pageImage = new ReadOnlyObjectWrapper<>();

    private final java.util.Map<String, String> unreadableDates = new java.util.TreeMap<>();
    private FilledReport shown;
    private FillControl running;
    private boolean settingPeriod;

    public ReportsViewModel(TaskRunner tasks, ReportService service, Clock clock, Consumer<Path> openInViewer) {
        this.tasks = tasks;
        this.service = service;
        this.clock = clock;
        this.openInViewer = openInViewer;
        applyPeriod(ReportPeriod.THIS_MONTH);
        period.addListener((obs, old, now) -> applyPeriod(now));
        from.addListener((obs, old, now) -> customRange());
        to.addListener((obs, old, now) -> customRange());
        kind.addListener((obs, old, now) -> checkParameters());
        days.addListener((obs, old, now) -> checkParameters());
        chosenTypes.addListener((javafx.collections.ListChangeListener<PermitTypeChoice>) change -> checkParameters());
        checkParameters();
    }

    /** Loads the permit types to choose from (in the background). */
    public void load() {
        tasks.run(service::permitTypes, permitTypes::setAll, this::showFailure);
    }

    /** The report as asked for now. */
    ReportRequest request() {
        List<String> codes = chosenTypes.stream().map(PermitTypeChoice::code).toList();
        return new ReportRequest(kind.get(), from.get(), to.get(), codes, parsedDays());
    }

    /** Makes the report in the background and shows its first page; a report already shown is replaced. */
    public void run() {
        if (busy.get() || !checkParameters()) {
            return;
        }
        ReportRequest request = request();
        FillControl control = new FillControl(pages -> tasks.onUi(() -> showStatus("Making the report\u2026 "
                + pages + (pages == 1 ? " page so far." : " pages so far."), false)));
        running = control;
        busy.set(true);
        showStatus("Making the report\u2026", false);
        tasks.run(() -> service.fill(request, control), filled -> {
            busy.set(false);
            running = null;
            replaceShown(filled);
            showStatus(summary(filled), false);
            showPage(1);
        }, failure -> {
            busy.set(false);
            running = null;
            showStatus(failure instanceof ReportCancelledException
                    ? "Cancelled: the report shown before (if any) is still shown." : UserMessages.describe(failure),
                    !(failure instanceof ReportCancelledException));
        });
    }

    /** Stops the report being made. */
    public void cancel() {
        FillControl control = running;
        if (control != null) {
            control.cancel();
            showStatus("Cancelling\u2026", false);
        }
    }

    /** Shows page {@code number} (from 1) of the report shown, when there is such a page. */
    public void showPage(int number) {
        FilledReport report = shown;
        if (report == null || number < 1 || number > report.pageCount()) {
            return;
        }
        page.set(number);
        tasks.run(() -> toImage(ReportPages.render(report, number - 1, PREVIEW_ZOOM)), image -> {
            if (report == shown && page.get() == number) {
                pageImage.set(image);
            }
        }, this::showFailure);
    }

    public void nextPage() {
        showPage(page.get() + 1);
    }

    public void previousPage() {
        showPage(page.get() - 1);
    }

    /**
     * Saves the report shown (or, when none is shown or the parameters have changed since, the one asked for)
     * to {@code file}. The file is replaced only once it is complete.
     */
    public void save(ReportFormat format, Path file) {
        if (busy.get() || !checkParameters()) {
            return;
        }
        ReportRequest request = request();
        FilledReport report = shown != null && shown.request().equals(request) && format != ReportFormat.XLSX
                ? shown : null;
        FillControl control = new FillControl();
        running = control;
        busy.set(true);
        showStatus("Saving " + file.getFileName() + "\u2026", false);
        tasks.run(() -> {
            if (report == null) {
                service.write(request, format, file, control);
            } else {
                writeAtomically(file, out -> service.export(report, format, out));
            }
            return file;
        }, saved -> {
            busy.set(false);
            running = null;
            showStatus("Saved " + saved + ".", false);
        }, failure -> {
            busy.set(false);
            running = null;
            showStatus(failure instanceof ReportCancelledException ? "Cancelled: nothing was saved."
                    : UserMessages.describe(failure), !(failure instanceof ReportCancelledException));
        });
    }

    /** Opens the report shown as PDF in the desktop's viewer, to print from there. */
    public void print() {
        FilledReport report = shown;
        if (report == null || busy.get()) {
            return;
        }
        busy.set(true);
        showStatus("Preparing the PDF to print\u2026", false);
        tasks.run(() -> {
            Path pdf = Files.createTempFile("permitdesk-report-", ".pdf");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
                service.export(report, ReportFormat.PDF, out);
            }
            pdf.toFile().deleteOnExit();
            return pdf;
        }, pdf -> {
            busy.set(false);
            showStatus("Opened the report in the PDF viewer: print it from there.", false);
            openInViewer.accept(pdf);
        }, failure -> {
            busy.set(false);
            showFailure(failure);
        });
    }

    /**
     * A date typed into the field {@code field} ("First day") that is not a date ({@code typed}), or {@code null}
     * once the field holds a date again; the text stays where it was typed and the problem says how to fix it.
     */
    public void dateTyped(String field, String typed) {
        if (typed == null) {
            unreadableDates.remove(field);
        } else {
            unreadableDates.put(field, typed);
        }
        checkParameters();
    }

    /** Checks the parameters; the problems (each saying how to fix it) are shown, and run and save wait for none. */
    boolean checkParameters() {
        List<String> found = new ArrayList<>();
        if (kind.get().usesDateRange()) {
            unreadableDates.forEach((field, typed) -> found.add((typed.isBlank() ? field + " is empty."
                    : field + ": \u201c" + typed + "\u201d is not a date.")
                    + " Type it as month/day/year, e.g. 3/31/2027, or pick it from the calendar."));
        }
        if (!found.isEmpty()) {
            problems.set(String.join("\n", found));
            return false;
        }
        if (kind.get().usesDays() && parsedDays() < 0) {
            found.add("Days ahead must be a whole number from 1 to " + ReportRequest.MOST_DAYS
                    + " (\u201c" + days.get() + "\u201d is not).");
        } else {
            found.addAll(request().problems(permitTypes.stream().map(PermitTypeChoice::code).toList()));
        }
        problems.set(String.join("\n", found));
        return found.isEmpty();
    }

    @Override
    public void close() {
        cancel();
        replaceShown(null);
    }

    private void applyPeriod(ReportPeriod chosen) {
        if (chosen == null || chosen == ReportPeriod.CUSTOM) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        settingPeriod = true;
        try {
            from.set(chosen.first(today));
            to.set(chosen.last(today));
        } finally {
            settingPeriod = false;
        }
        checkParameters();
    }

    private void customRange() {
        if (!settingPeriod) {
            period.set(ReportPeriod.CUSTOM);
        }
        checkParameters();
    }

    private int parsedDays() {
        String text = days.get() == null ? "" : days.get().strip();
        if (!text.matches("\\d{1,4}")) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    private String summary(FilledReport report) {
        String pages = report.pageCount() == 1 ? "1 page" : String.format(Locale.US, "%,d pages", report.pageCount());
        String counts = report.data() instanceof IssuedFinaledData data
                ? String.format(Locale.US, "%,d issued, %,d finaled", data.issued().size(), data.finaled().size())
                : String.format(Locale.US, "%,d %s", report.data().rowCount(), report.data().rowCount() == 1 ? "row" : "rows");
        return report.request().kind().title() + ", " + report.request().describeRange() + ": " + counts + " \u2014 "
                + pages + ".";
    }

    private void replaceShown(FilledReport report) {
        if (shown != null) {
            FilledReport old = shown;
            tasks.run(() -> {
                old.close();
                return old;
            }, closed -> { }, failure -> { });
        }
        shown = report;
        hasReport.set(report != null);
        pageCount.set(report == null ? 0 : report.pageCount());
        page.set(0);
        pageImage.set(null);
    }

    private void showStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    private void showFailure(Throwable failure) {
        showStatus(UserMessages.describe(failure), true);
    }

    private static void writeAtomically(Path file, Consumer<OutputStream> write) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".report-", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                write.accept(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static Image toImage(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public ObservableList<PermitTypeChoice> permitTypes() {
        return permitTypes;
    }

    /** The permit types the report is limited to; none chosen means every type. */
    public ObservableList<PermitTypeChoice> chosenTypes() {
        return chosenTypes;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasReportProperty() {
        return hasReport.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page shown, from 1 (0 when none). */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }
}
