package org.permitdesk.report;

import org.permitdesk.platform.AppContext;

/**
 * The supervisor reports, built once per application context (decision record 13). They read with plain JDBC:
 * they work on a context opened for JDBC only (the report command).
 */
public final class ReportFeature {

    private final ReportService reports;

    public ReportFeature(AppContext context) {
        reports = new ReportService(context.database(), context.reports(), context.jurisdiction(), context.clock());
    }

    /** Issued / finaled, inspections, expiring, fees collected. */
    public ReportService reports() {
        return reports;
    }
}
