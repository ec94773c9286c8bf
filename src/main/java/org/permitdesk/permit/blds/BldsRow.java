package org.permitdesk.permit.blds;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One valid BLDS row, ready to store: the permit, its site, its contractor (if any) and its status. */
record BldsRow(String number, String typeCode, String typeName, String description, BigDecimal valuation,
               Address site, Contractor contractor, BldsStatus.Outcome status, String statusText) {

    /** The site: address line (never blank), city, state, ZIP, parcel and coordinates as given. */
    record Address(String line, String city, String state, String zip, String parcel, Double latitude,
                   Double longitude) {

        /** Rows with the same key share one site. */
        String key() {
            return String.join("|", line, city, state, zip, parcel).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The contractor named on the row; null fields where the file has none. */
    record Contractor(String name, String businessName, String licence, String phone, String email,
                      String mailingAddress) {
    }

    LocalDate appliedDate() {
        return status.applied();
    }
}
