package org.permitdesk.report.ui;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Quick choices for a report's date range; both end days are included. */
public enum ReportPeriod {
    TODAY("Today"),
    THIS_MONTH("This month"),
    LAST_MONTH("Last month"),
    THIS_YEAR("This year to date"),
    LAST_YEAR("Last year"),
    CUSTOM("Other days");

    private final String label;

    ReportPeriod(String label) {
        this.label = label;
    }

    /** The first day of the period, seen from {@code today}. */
    LocalDate first(LocalDate today) {
        return switch (this) {
            case TODAY, CUSTOM -> today;
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_YEAR -> today.minusYears(1).withDayOfYear(1);
        };
    }

    /** The last day of the period, seen from {@code today}. */
    LocalDate last(LocalDate today) {
        return switch (this) {
            case TODAY, CUSTOM, THIS_MONTH, THIS_YEAR -> today;
            case LAST_MONTH -> today.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            case LAST_YEAR -> today.minusYears(1).with(TemporalAdjusters.lastDayOfYear());
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
