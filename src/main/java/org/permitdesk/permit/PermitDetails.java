package org.permitdesk.permit;

import java.util.List;

/** A permit with everything the read-only permit view shows, fully loaded. */
public record PermitDetails(Permit permit, List<PermitContact> contacts, List<PermitStatusChange> history) {
}
