package org.permitdesk.report;

import java.time.LocalDate;

/**
 * Dates as the templates (java.util.Date with a pattern, so spreadsheets get real dates) and CSV want them. A
 * template date is midnight of the day in the JVM's time zone, which is also the zone the templates format in
 * (no REPORT_TIME_ZONE is set): setting another zone would print the day before.
 */
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
