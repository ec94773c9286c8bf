package org.permitdesk.account.cslb;

import java.time.LocalDate;

/** The values of one accepted line of the master file, as they are stored in {@code cslb_licence}. */
record CslbRow(int licenceNumber, String businessName, String address, String city, String state, String zip,
               String phone, LocalDate issueDate, LocalDate expirationDate, LocalDate inactivationDate,
               LocalDate reactivationDate, String status, String secondaryStatus, String classifications,
               String workersCompCoverage, LocalDate workersCompExpirationDate) {
}
