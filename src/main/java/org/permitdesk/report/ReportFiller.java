package org.permitdesk.report;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.AsynchronousFillHandle;
import net.sf.jasperreports.engine.fill.AsynchronousFilllListener;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.permitdesk.platform.UserFacingException;

/**
 * Fills a template on JasperReports' fill thread while the caller waits, so that {@link FillControl#cancel()} (or
 * interrupting the caller) stops it. Pages beyond the first few go to a swap file in the temporary folder
 * ({@link JRSwapFileVirtualizer}), so a year of permits fills in a small heap.
 */
final class ReportFiller {

    /** Pages kept in memory; the others are in the swap file. */
    static final int PAGES_IN_MEMORY = 20;

    private ReportFiller() {
    }

    static JRSwapFileVirtualizer virtualizer() {
        JRSwapFile swap = new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256);
        return new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
    }

    /** Fills {@code report}; a template mistake found while filling is named with {@code templateName}. */
    static JasperPrint fill(JasperReport report, String templateName, Map<String, Object> parameters,
                            JRDataSource rows, JRSwapFileVirtualizer virtualizer, FillControl control) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        CompletableFuture<JasperPrint> result = new CompletableFuture<>();
        try {
            AsynchronousFillHandle handle = AsynchronousFillHandle.createHandle(report, all, rows);
            handle.addListener(listener(result));
            handle.addFillListener(pages(control));
            control.attach(handle);
            handle.startFill();
            JasperPrint print = await(result, control, templateName);
            control.pagesFilled(print.getPages().size());
            return print;
        } catch (JRException e) {
            throw failed(templateName, e);
        } finally {
            virtualizer.setReadOnly(true);
        }
    }

    private static JasperPrint await(CompletableFuture<JasperPrint> result, FillControl control, String templateName) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            control.cancel();
            Thread.currentThread().interrupt();
            throw new ReportCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReportCancelledException cancelled) {
                throw cancelled;
            }
            throw failed(templateName, e.getCause());
        }
    }

    private static UserFacingException failed(String templateName, Throwable cause) {
        return new UserFacingException("The report template " + templateName + " could not be filled: "
                + cause.getMessage() + ". Fix the template or remove the adjusted copy to use the built-in one.", cause);
    }

    private static AsynchronousFilllListener listener(CompletableFuture<JasperPrint> result) {
        return new AsynchronousFilllListener() {
            @Override
            public void reportFinished(JasperPrint print) {
                result.complete(print);
            }

            @Override
            public void reportCancelled() {
                result.completeExceptionally(new ReportCancelledException());
            }

            @Override
            public void reportFillError(Throwable failure) {
                result.completeExceptionally(failure);
            }
        };
    }

    private static FillListener pages(FillControl control) {
        return new FillListener() {
            @Override
            public void pageGenerated(JasperPrint print, int pageIndex) {
                control.pagesFilled(pageIndex + 1);
            }

            @Override
            public void pageUpdated(JasperPrint print, int pageIndex) {
                // page counts only
            }
        };
    }
}
