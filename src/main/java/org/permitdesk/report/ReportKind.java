package org.permitdesk.report;

/** The supervisor reports: what each is called, its template in {@code reports/} and what it asks for. */
public enum ReportKind {
    /** Permits issued and permits finaled in a date range, by permit type, with their lists. */
    ISSUED_FINALED("Permits issued and finaled", "issued-finaled.jrxml", Asks.DATE_RANGE_AND_TYPES),
    /** Inspections of a date range by inspector and result. */
    INSPECTIONS_BY_INSPECTOR("Inspections by inspector and result", "inspections-by-inspector.jrxml", Asks.DATE_RANGE),
    /** Issued permits whose expiry date falls within the next N days. */
    EXPIRING("Permits expiring soon", "expiring-permits.jrxml", Asks.DAYS),
    /** Payments received in a date range by day and payment method, for balancing the cash drawer. */
    FEES_COLLECTED("Fees collected by day and payment method", "fees-collected.jrxml", Asks.DATE_RANGE);

    /** Which parameters a report uses (the others are ignored). */
    public enum Asks { DATE_RANGE, DATE_RANGE_AND_TYPES, DAYS }

    private final String title;
    private final String template;
    private final Asks asks;

    ReportKind(String title, String template, Asks asks) {
        this.title = title;
        this.template = template;
        this.asks = asks;
    }

    /** The report's title as printed and listed ("Permits issued and finaled"). */
    public String title() {
        return title;
    }

    /** The template's file name in {@code reports/} ("issued-finaled.jrxml"). */
    public String template() {
        return template;
    }

    public boolean usesDateRange() {
        return asks != Asks.DAYS;
    }

    public boolean usesPermitTypes() {
        return asks == Asks.DATE_RANGE_AND_TYPES;
    }

    public boolean usesDays() {
        return asks == Asks.DAYS;
    }
}
