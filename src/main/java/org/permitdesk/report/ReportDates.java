package org.permitdesk.report;

import java.time.LocalDate;

/** Dates as the templates (java.util.Date with a pattern, so spreadsheets get real dates) and CSV want them. */
final class ReportDates {

    private ReportDates() {
    }

    static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    /** "2026-03-01", or "" for none. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
