package org.permitdesk.permit;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a clerk enters for a new permit at the counter.
 *
 * @param siteId   an existing site, or {@code null} with {@code newSite} for a new one
 * @param contacts the people and businesses on the permit, by role (an owner at least)
 */
public record NewPermit(long typeId, Long subtypeId, Long siteId, NewSite newSite, List<NewContact> contacts,
                        BigDecimal valuation, String description, String internalNotes) {

    public NewPermit {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
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
