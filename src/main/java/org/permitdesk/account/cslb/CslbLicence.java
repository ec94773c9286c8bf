package org.permitdesk.account.cslb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One contractor's licence as the CSLB master file gave it at the last import. Read-only for the app:
 * rows are written only by {@link CslbImportService}, which replaces the whole table.
 */
@Entity
@Immutable
@Table(name = "cslb_licence")
public class CslbLicence {

    @Id
    @Column(name = "licence_number", nullable = false)
    private Integer licenceNumber;

    @Column(name = "business_name", nullable = false, length = CslbLineParser.MAX_NAME)
    private String businessName;

    @Column(name = "address", length = CslbLineParser.MAX_ADDRESS)
    private String address;

    @Column(name = "city", length = CslbLineParser.MAX_CITY)
    private String city;

    @Column(name = "state", length = CslbLineParser.MAX_STATE)
    private String state;

    @Column(name = "zip", length = CslbLineParser.MAX_ZIP)
    private String zip;

    @Column(name = "phone", length = CslbLineParser.MAX_PHONE)
    private String phone;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "expiration_date")
    private LocalDate expirationDate;

    @Column(name = "inactivation_date")
    private LocalDate inactivationDate;

    @Column(name = "reactivation_date")
    private LocalDate reactivationDate;

    @Column(name = "status", nullable = false, length = CslbLineParser.MAX_STATUS)
    private String status;

    @Column(name = "secondary_status", length = CslbLineParser.MAX_SECONDARY_STATUS)
    private String secondaryStatus;

    @Column(name = "classifications", length = CslbLineParser.MAX_CLASSIFICATIONS)
    private String classifications;

    @Column(name = "workers_comp_coverage", length = CslbLineParser.MAX_COVERAGE)
    private String workersCompCoverage;

    @Column(name = "workers_comp_expiration_date")
    private LocalDate workersCompExpirationDate;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected CslbLicence() {
    }

    /** The licence as a screen needs it. */
    public LicenceStatus toStatus() {
        LocalDate inactiveSince = inactivationDate != null
                && (reactivationDate == null || reactivationDate.isBefore(inactivationDate)) ? inactivationDate : null;
        return new LicenceStatus(String.valueOf(licenceNumber), businessName, status, classifications, expirationDate,
                workersCompCoverage, workersCompExpirationDate, inactiveSince);
    }

    public Integer getLicenceNumber() {
        return licenceNumber;
    }

    public String getBusinessName() {
        return businessName;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getZip() {
        return zip;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getExpirationDate() {
        return expirationDate;
    }

    public LocalDate getInactivationDate() {
        return inactivationDate;
    }

    public LocalDate getReactivationDate() {
        return reactivationDate;
    }

    public String getStatus() {
        return status;
    }

    public String getSecondaryStatus() {
        return secondaryStatus;
    }

    public String getClassifications() {
        return classifications;
    }

    public String getWorkersCompCoverage() {
        return workersCompCoverage;
    }

    public LocalDate getWorkersCompExpirationDate() {
        return workersCompExpirationDate;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
