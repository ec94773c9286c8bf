package org.permitdesk.report.ui;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.report.FillControl;
import org.permitdesk.report.FilledReport;
import org.permitdesk.report.IssuedFinaledData;
import org.permitdesk.report.ReportCancelledException;
import org.permitdesk.report.ReportFormat;
import org.permitdesk.report.ReportPages;
import org.permitdesk.report.ReportRequest;
import org.permitdesk.report.ReportService;
import org.permitdesk.staff.SignedInUser;

/**
 * The supervisors' reports screen: which report, its period (or days ahead) and permit types, checked as they
 * are typed; the report is made in the background (with progress and Cancel), shown page by page, printed
 * (as PDF in the desktop's viewer) or saved as PDF, XLSX or CSV.
 */
public final class ReportsViewModel implements AutoCloseable {

    /** Drawing size of preview pages (1 = 72 dots per inch). */
    static final float PREVIEW_ZOOM = 1.4f;

    private final SignedInUser who;
    private final ScreenWork work;
    private final ReportService service;
    private final Consumer<Path> openInViewer;
    private final ReportParameters parameters;

    private final ReadOnlyBooleanWrapper hasReport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Image> pageImage = new ReadOnlyObjectWrapper<>();

    private FilledReport shown;
    private FillControl running;

    public ReportsViewModel(TaskRunner tasks, ReportService service, Clock clock, Consumer<Path> openInViewer, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.service = service;
        this.openInViewer = openInViewer;
        this.parameters = new ReportParameters(clock);
    }

    /** Loads the permit types to choose from (in the background). */
    public void load() {
        work.runQuietly(service::permitTypes, parameters.permitTypes()::setAll);
    }

    /** What the report is asked for with (kind, period, types, days) and its problems. */
    public ReportParameters parameters() {
        return parameters;
    }

    /** Makes the report in the background and shows its first page; a report already shown is replaced. */
    public void run() {
        if (work.isBusy() || !parameters.checkParameters()) {
            return;
        }
        ReportRequest request = parameters.request();
        FillControl control = new FillControl(pages -> work.onUi(() -> work.say(Texts.get("reports.making.pages", pages))));
        running = control;
        work.say(Texts.get("reports.making"));
        work.run(() -> service.fill(request, control, who), filled -> {
            running = null;
            replaceShown(filled);
            work.say(summary(filled));
            showPage(1);
        }, failure -> {
            running = null;
            sayFailure(failure, Texts.get("reports.cancelled.run"));
        });
    }

    /** Stops the report being made. */
    public void cancel() {
        FillControl control = running;
        if (control != null) {
            control.cancel();
            work.say(Texts.get("reports.cancelling"));
        }
    }

    /** Shows page {@code number} (from 1) of the report shown, when there is such a page. */
    public void showPage(int number) {
        FilledReport report = shown;
        if (report == null || number < 1 || number > report.pageCount()) {
            return;
        }
        page.set(number);
        work.runQuietly(() -> toImage(ReportPages.render(report, number - 1, PREVIEW_ZOOM)), image -> {
            if (report == shown && page.get() == number) {
                pageImage.set(image);
            }
        });
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
        if (work.isBusy() || !parameters.checkParameters()) {
            return;
        }
        ReportRequest request = parameters.request();
        FilledReport report = shown != null && shown.request().equals(request) ? shown : null;
        FillControl control = new FillControl();
        running = control;
        work.say(Texts.get("reports.saving", file.getFileName().toString()));
        work.run(() -> {
            if (report == null) {
                service.write(request, format, file, control, who);
            } else {
                service.save(report, format, file);
            }
            return file;
        }, saved -> {
            running = null;
            work.say(Texts.get("reports.saved", saved.toString()));
        }, failure -> {
            running = null;
            sayFailure(failure, Texts.get("reports.cancelled.save"));
        });
    }

    /** Opens the report shown as PDF in the desktop's viewer, to print from there. */
    public void print() {
        FilledReport report = shown;
        if (report == null || work.isBusy()) {
            return;
        }
        work.say(Texts.get("reports.print.preparing"));
        work.run(() -> {
            Path pdf = Files.createTempFile("permitdesk-report-", ".pdf");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
                service.export(report, ReportFormat.PDF, out);
            }
            pdf.toFile().deleteOnExit();
            return pdf;
        }, pdf -> {
            work.say(Texts.get("reports.print.opened"));
            openInViewer.accept(pdf);
        });
    }
    @Override
    public void close() {
        cancel();
        replaceShown(null);
    }

    private String summary(FilledReport report) {
        String counts = report.data() instanceof IssuedFinaledData data
                ? Texts.get("reports.summary.issuedFinaled", data.issued().size(), data.finaled().size())
                : Texts.get("reports.summary.rows", report.data().rowCount());
        return Texts.get("reports.summary", report.request().kind().title(), report.request().describeRange(), counts,
                report.pageCount());
    }

    private void replaceShown(FilledReport report) {
        if (shown != null) {
            FilledReport old = shown;
            work.runQuietly(() -> {
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

    /** A cancelled report is said as {@code cancelled} (not an error); any other failure as an error. */
    private void sayFailure(Exception failure, String cancelled) {
        if (failure instanceof ReportCancelledException) {
            work.say(cancelled);
        } else {
            work.fail(failure);
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


    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return work.messageIsErrorProperty();
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
