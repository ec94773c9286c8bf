package org.permitdesk.report.ui;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.permitdesk.platform.ui.Texts;

/** Quick choices for a report's date range; both end days are included. */
public enum ReportPeriod {
    TODAY, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR, CUSTOM;

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
        return Texts.get("reportPeriod." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
