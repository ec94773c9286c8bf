package org.permitdesk.permit;

import java.time.LocalDate;

/** One line of a permit search result. */
public record PermitSummary(long id, String number, String typeName, PermitStatus status, String address,
                            LocalDate appliedDate, LocalDate issuedDate) {
}
