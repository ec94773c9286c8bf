package org.permitdesk.report;

import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.fill.AsynchronousFillHandle;

/**
 * Lets a screen follow and stop a report being filled: {@link #cancel()} from any thread (a "Cancel" button)
 * stops the fill, which then ends with a {@link ReportCancelledException}; the page count is told as pages are
 * made. One control per fill.
 */
public final class FillControl {

    private final IntConsumer pagesFilled;
    private volatile boolean cancelled;
    private int pagesTold;
    private volatile AsynchronousFillHandle handle;

    /** A control nobody follows (the command line). */
    public FillControl() {
        this(pages -> { });
    }

    /** {@code pagesFilled} is called with the number of pages made so far, on a background thread (not the UI one). */
    public FillControl(IntConsumer pagesFilled) {
        this.pagesFilled = pagesFilled;
    }

    /** Stops the fill as soon as it can; harmless when it has ended or not started. */
    public void cancel() {
        cancelled = true;
        AsynchronousFillHandle running = handle;
        if (running != null) {
            stop(running);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void attach(AsynchronousFillHandle fill) {
        handle = fill;
        if (cancelled) {
            stop(fill);
        }
    }

    /** Tells the page count when it grew (JasperReports tells some pages twice, and not always the last). */
    synchronized void pagesFilled(int pages) {
        if (pages > pagesTold) {
            pagesTold = pages;
            pagesFilled.accept(pages);
        }
    }

    /** Throws if the fill was cancelled (between the steps of a report). */
    void checkNotCancelled() {
        if (cancelled) {
            throw new ReportCancelledException();
        }
    }

    private static void stop(AsynchronousFillHandle fill) {
        try {
            fill.cancellFill();
        } catch (JRException e) {
            // the fill had already ended
        }
    }
}
