package org.permitdesk.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.permitdesk.account.request.AccountType;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A portal account of a contractor, property owner or design professional, created by staff.
 * Contractors sign in with their CSLB licence number, everyone else with their email address.
 * The password is only ever stored as an Argon2id hash.
 */
@Entity
@Table(name = "portal_account")
@Audited
public class PortalAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "account_type", nullable = false, length = 30)
    private AccountType type;

    @Column(name = "username", nullable = false, length = 254)
    private String username;

    @Column(name = "cslb_number", length = 8)
    private String cslbNumber;

    @Column(name = "business_name", length = 200)
    private String businessName;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "mailing_address", length = 300)
    private String mailingAddress;

    @Column(name = "permit_number", length = 30)
    private String permitNumber;

    @NotAudited
    @Column(name = "email_key", nullable = false, length = 254)
    private String emailKey;

    @NotAudited
    @Column(name = "phone_digits", length = 20)
    private String phoneDigits;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PortalAccount() {
    }

    PortalAccount(AccountDetails details, Instant now, String clerk) {
        this.type = details.type();
        this.username = details.username();
        this.createdAt = now;
        this.createdBy = clerk;
        change(details, now, clerk);
    }

    /** Takes the clerk's corrected details; the username stays what the person signs in with. */
    void change(AccountDetails details, Instant now, String clerk) {
        this.cslbNumber = details.cslbNumber();
        this.businessName = details.businessName();
        this.contactName = details.contactName();
        this.email = details.email();
        this.phone = details.phone();
        this.mailingAddress = details.mailingAddress();
        this.permitNumber = details.permitNumber();
        this.emailKey = AccountRules.emailKey(details.email());
        this.phoneDigits = AccountRules.phoneDigits(details.phone());
        touch(now, clerk);
    }

    /** A new one-time password: must be changed at first sign-in and expires at {@code expiresAt}. */
    void setTemporaryPassword(String hash, Instant expiresAt, Instant now, String clerk) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.passwordExpiresAt = expiresAt;
        touch(now, clerk);
    }

    void setDisabled(boolean disabled, Instant now, String clerk) {
        this.disabled = disabled;
        touch(now, clerk);
    }

    private void touch(Instant now, String clerk) {
        this.updatedAt = now;
        this.updatedBy = clerk;
    }

    AccountSummary summary() {
        return new AccountSummary(id, type, username, details(), disabled, mustChangePassword, passwordExpiresAt,
                createdAt, createdBy, updatedAt, updatedBy, version);
    }

    AccountDetails details() {
        return new AccountDetails(type, cslbNumber, businessName, contactName, email, phone, mailingAddress,
                permitNumber);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
