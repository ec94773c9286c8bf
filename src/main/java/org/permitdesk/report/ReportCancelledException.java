package org.permitdesk.report;

import org.permitdesk.platform.UserFacingException;

/** The report was stopped by {@link FillControl#cancel()} before it was finished. */
public final class ReportCancelledException extends UserFacingException {

    public ReportCancelledException() {
        super("The report was cancelled before it was finished.");
    }
}
