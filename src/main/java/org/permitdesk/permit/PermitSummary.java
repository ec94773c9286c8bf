package org.permitdesk.permit;

import java.time.LocalDate;

/**
 * One line of a permit search result. {@code conditions} names the permit's active holds and notices
 * ("Hold", "Notice", "Hold, Notice"), empty when there are none, so they show wherever the permit is listed.
 */
public record PermitSummary(long id, String number, String typeName, PermitStatus status, String address,
                            LocalDate appliedDate, LocalDate issuedDate, String conditions) {

    public PermitSummary(long id, String number, String typeName, PermitStatus status, String address,
                         LocalDate appliedDate, LocalDate issuedDate) {
        this(id, number, typeName, status, address, appliedDate, issuedDate, "");
    }

    PermitSummary withConditions(String active) {
        return new PermitSummary(id, number, typeName, status, address, appliedDate, issuedDate, active);
    }

    /** "Issued" or "Issued · Hold". */
    public String statusText() {
        return conditions.isEmpty() ? status.label() : status.label() + " \u00b7 " + conditions;
    }
}
