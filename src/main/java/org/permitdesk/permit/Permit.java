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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** A building permit record. Audited: every change is kept with who made it and when. */
@Entity
@Table(name = "permit")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Permit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "permit_seq")
    @SequenceGenerator(name = "permit_seq", sequenceName = "permit_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 30)
    @Column(name = "permit_number", nullable = false, length = 30)
    private String number;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permit_type_id", nullable = false)
    private PermitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "permit_subtype_id")
    private PermitSubtype subtype;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private PermitStatus status;

    @NotNull
    @Column(name = "applied_date", nullable = false)
    private LocalDate appliedDate;

    @Column(name = "approved_date")
    private LocalDate approvedDate;

    @Column(name = "issued_date")
    private LocalDate issuedDate;

    @Column(name = "finaled_date")
    private LocalDate finaledDate;

    @Column(name = "expires_date")
    private LocalDate expiresDate;

    @Column(name = "void_date")
    private LocalDate voidDate;

    @Size(max = 500)
    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @DecimalMin("0.00")
    @Column(name = "valuation", precision = 12, scale = 2)
    private BigDecimal valuation;

    @Size(max = 2000)
    @Column(name = "description", length = 2000)
    private String description;

    @Size(max = 4000)
    @Column(name = "internal_notes", length = 4000)
    private String internalNotes;

    /** The status as the system it was imported from wrote it ("Final", "Withdrawn"…); null otherwise. */
    @Size(max = 100)
    @Column(name = "status_text", length = 100)
    private String statusText;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    /** The request id of the New permit form it was saved from (null for imported and older permits). */
    @NotAudited
    @Size(max = 36)
    @Column(name = "entry_request_id", length = 36, unique = true)
    private String entryRequestId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Permit() {
    }

    public Permit(String number, PermitType type, PermitSubtype subtype, Site site, LocalDate appliedDate,
                  Instant createdAt, String createdBy) {
        this.number = number;
        this.type = type;
        this.subtype = subtype;
        this.site = site;
        this.status = PermitStatus.APPLIED;
        this.appliedDate = appliedDate;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Moves the permit to {@code to} on {@code day}, keeping the dates consistent with it: approved, issued
     * (with the expiry date the type's period gives), finaled, void (with its reason); reinstating clears the
     * void. The caller checks that the move is allowed and records the status change.
     */
    void moveTo(PermitStatus to, LocalDate day, String reason) {
        switch (to) {
            case APPROVED -> approvedDate = day;
            case ISSUED -> {
                issuedDate = issuedDate == null ? day : issuedDate;
                expiresDate = day.plusDays(type.getExpiryDays());
            }
            case FINALED -> finaledDate = day;
            case VOID -> {
                voidDate = day;
                voidReason = reason;
            }
            default -> { }
        }
        if (status == PermitStatus.VOID && to != PermitStatus.VOID) {
            voidDate = null;
            voidReason = null;
        }
        status = to;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public PermitType getType() {
        return type;
    }

    public PermitSubtype getSubtype() {
        return subtype;
    }

    public Site getSite() {
        return site;
    }

    public PermitStatus getStatus() {
        return status;
    }

    public LocalDate getAppliedDate() {
        return appliedDate;
    }

    public LocalDate getApprovedDate() {
        return approvedDate;
    }

    public LocalDate getIssuedDate() {
        return issuedDate;
    }

    public LocalDate getFinaledDate() {
        return finaledDate;
    }

    public LocalDate getExpiresDate() {
        return expiresDate;
    }

    public LocalDate getVoidDate() {
        return voidDate;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public BigDecimal getValuation() {
        return valuation;
    }

    public void setValuation(BigDecimal valuation) {
        this.valuation = valuation;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes;
    }

    public String getStatusText() {
        return statusText;
    }

    public void setStatusText(String statusText) {
        this.statusText = statusText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getEntryRequestId() {
        return entryRequestId;
    }

    void setEntryRequestId(String entryRequestId) {
        this.entryRequestId = entryRequestId;
    }

    public long getVersion() {
        return version;
    }
}
