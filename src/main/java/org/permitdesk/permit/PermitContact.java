package org.permitdesk.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/** A person or business on a permit in a role (owner, contractor, design professional, applicant). */
@Entity
@Table(name = "permit_contact")
@Audited
public class PermitContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permit_id", nullable = false)
    private Permit permit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 30)
    private ContactRole role;

    @Column(name = "name", length = 120)
    private String name;

    @Column(name = "business_name", length = 160)
    private String businessName;

    @Column(name = "license_number", length = 20)
    private String licenseNumber;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "mailing_address", length = 300)
    private String mailingAddress;

    @Column(name = "account_id")
    private Long accountId;

    protected PermitContact() {
    }

    public PermitContact(Permit permit, ContactRole role, String name, String businessName, String licenseNumber,
                         String email, String phone, String mailingAddress) {
        this.permit = permit;
        this.role = role;
        this.name = name;
        this.businessName = businessName;
        this.licenseNumber = licenseNumber;
        this.email = email;
        this.phone = phone;
        this.mailingAddress = mailingAddress;
    }

    /** Corrects how to reach this person or business (audited: the old values stay in the permit's All changes). */
    public void changeContactDetails(String email, String phone, String mailingAddress) {
        this.email = email;
        this.phone = phone;
        this.mailingAddress = mailingAddress;
    }

    /** Links this contact to the portal account of the same person or business. */
    void linkAccount(Long account) {
        this.accountId = account;
    }

    /** The portal account of this person or business, when there is one. */
    public Long getAccountId() {
        return accountId;
    }

    public Long getId() {
        return id;
    }

    public Permit getPermit() {
        return permit;
    }

    public ContactRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getBusinessName() {
        return businessName;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }
}
