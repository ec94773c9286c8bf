package org.permitdesk.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A permit with everything the permit screens (the read-only view and the edit form) show, as plain values read
 * inside the service's transaction: no entity, so nothing left to load lazily once the session is closed.
 */
public record PermitDetails(PermitFields permit, List<Contact> contacts, List<StatusChange> history) {

    public PermitDetails {
        contacts = List.copyOf(contacts);
        history = List.copyOf(history);
    }

    /** The permit's own fields; {@code version} is what an edit of them is checked against. */
    public record PermitFields(long id, long version, String number, String typeName, String subtypeName,
                               PermitStatus status, String statusText, BigDecimal valuation, LocalDate appliedDate,
                               LocalDate approvedDate, LocalDate issuedDate, LocalDate finaledDate,
                               LocalDate expiresDate, LocalDate voidDate, String voidReason, String description,
                               String internalNotes, SiteFields site) {
    }

    /** Where the work is; {@code fullAddress} as {@link Site#fullAddress()} writes it. */
    public record SiteFields(String addressLine, String city, String state, String zip, String fullAddress,
                             String parcelNumber, Double latitude, Double longitude) {
    }

    /** A person or business named on the permit; {@code accountId} when linked to a portal account. */
    public record Contact(ContactRole role, String name, String businessName, String licenseNumber, String phone,
                          String email, Long accountId) {
    }

    /** One row of the status history; {@code fromStatus} is null for the first. */
    public record StatusChange(PermitStatus fromStatus, PermitStatus toStatus, LocalDate changedOn, String changedBy,
                               String reason) {
    }

    /** Reads the values from entities loaded in the current session (type, subtype and site fetched with it). */
    static PermitDetails of(Permit permit, List<PermitContact> contacts, List<PermitStatusChange> history) {
        Site site = permit.getSite();
        SiteFields siteFields = new SiteFields(site.getAddressLine(), site.getCity(), site.getState(), site.getZip(),
                site.fullAddress(), site.getParcelNumber(), site.getLatitude(), site.getLongitude());
        PermitFields fields = new PermitFields(permit.getId(), permit.getVersion(), permit.getNumber(),
                permit.getType().getName(), permit.getSubtype() == null ? null : permit.getSubtype().getName(),
                permit.getStatus(), permit.getStatusText(), permit.getValuation(), permit.getAppliedDate(),
                permit.getApprovedDate(), permit.getIssuedDate(), permit.getFinaledDate(), permit.getExpiresDate(),
                permit.getVoidDate(), permit.getVoidReason(), permit.getDescription(), permit.getInternalNotes(),
                siteFields);
        return new PermitDetails(fields,
                contacts.stream().map(c -> new Contact(c.getRole(), c.getName(), c.getBusinessName(),
                        c.getLicenseNumber(), c.getPhone(), c.getEmail(), c.getAccountId())).toList(),
                history.stream().map(h -> new StatusChange(h.getFromStatus(), h.getToStatus(), h.getChangedOn(),
                        h.getChangedBy(), h.getReason())).toList());
    }
}
