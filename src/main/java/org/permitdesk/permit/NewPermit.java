package org.permitdesk.permit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a clerk enters for a new permit at the counter.
 *
 * @param siteId   an existing site, or {@code null} with {@code newSite} for a new one
 * @param contacts  the people and businesses on the permit, by role (an owner at least)
 * @param requestId the form's request id (a UUID made when the form was opened): the same form submitted again
 *                  returns the permit already saved from it instead of making another
 */
public record NewPermit(long typeId, Long subtypeId, Long siteId, NewSite newSite, List<NewContact> contacts,
                        BigDecimal valuation, String description, String internalNotes, String requestId) {

    public NewPermit {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        Objects.requireNonNull(requestId, "requestId");
        if (requestId.isBlank() || requestId.length() > 36) {
            throw new IllegalArgumentException("A request id is 1 to 36 characters (a UUID): " + requestId);
        }
    }

    /** An entry made once, not from a form that could be submitted again: it gets a request id of its own. */
    public NewPermit(long typeId, Long subtypeId, Long siteId, NewSite newSite, List<NewContact> contacts,
                     BigDecimal valuation, String description, String internalNotes) {
        this(typeId, subtypeId, siteId, newSite, contacts, valuation, description, internalNotes, newRequestId());
    }

    /** A fresh request id, for a newly opened form. */
    public static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** A site not yet known: address, parcel number as text (leading zeros kept), optional coordinates. */
    public record NewSite(String addressLine, String city, String state, String zip, String parcelNumber,
                          Double latitude, Double longitude) {
    }

    /** A person or business on the permit; {@code accountId} their portal account when the clerk found one. */
    public record NewContact(ContactRole role, String name, String businessName, String licenseNumber, String email,
                             String phone, String mailingAddress, Long accountId) {

        public NewContact(ContactRole role, String name, String businessName, String licenseNumber, String email,
                          String phone, String mailingAddress) {
            this(role, name, businessName, licenseNumber, email, phone, mailingAddress, null);
        }
    }
}
