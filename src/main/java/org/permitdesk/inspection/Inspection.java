package org.permitdesk.inspection;

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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An inspection requested for a permit: type, day, half-day, who to call, notes for the inspector. */
@Entity
@Table(name = "inspection")
@Audited
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "inspection_type_id", nullable = false)
    private long inspectionTypeId;

    @Column(name = "requested_date", nullable = false)
    private LocalDate requestedDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "time_window", nullable = false, length = 2)
    private TimeWindow window;

    @Column(name = "contact_name", nullable = false, length = 120)
    private String contactName;

    @Column(name = "phone", nullable = false, length = 40)
    private String phone;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private InspectionStatus status;

    @Column(name = "inspector_id")
    private Long inspectorId;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "result", length = 20)
    private InspectionResult result;

    @Column(name = "result_notes", length = 2000)
    private String resultNotes;

    @Column(name = "resulted_by", length = 60)
    private String resultedBy;

    @Column(name = "resulted_at")
    private Instant resultedAt;

    /** When the inspector, half-day or status last changed (assigned, unassigned, cancelled by staff). */
    @NotAudited
    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Inspection() {
    }

    Inspection(long permitId, InspectionRequest request, String requestedBy, Instant requestedAt) {
        this.permitId = permitId;
        this.inspectionTypeId = request.inspectionTypeId();
        this.requestedDate = request.date();
        this.window = request.window();
        this.contactName = request.contactName().strip();
        this.phone = request.phone().strip();
        this.email = request.email().strip();
        this.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        this.status = InspectionStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** Assigns an inspector (the inspection becomes active) or, with {@code null}, takes them off it. */
    void assign(Long inspector) {
        this.inspectorId = inspector;
        this.status = inspector == null ? InspectionStatus.REQUESTED : InspectionStatus.ASSIGNED;
    }

    /** Notes when the assignment changed, so an inspector sees what changed since the day was published. */
    void markChanged(Instant at) {
        this.changedAt = at;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getInspectorId() {
        return inspectorId;
    }

    /** Records (or, for a correction, replaces) the result; a result other than cancelled keeps it assigned. */
    void recordResult(InspectionResult outcome, String notes, String inspector, Instant at) {
        this.result = outcome;
        this.resultNotes = notes;
        this.resultedBy = inspector;
        this.resultedAt = at;
        if (outcome == InspectionResult.CANCELLED) {
            this.status = InspectionStatus.CANCELLED;
        } else if (status == InspectionStatus.CANCELLED && inspectorId != null && cancelReason == null) {
            this.status = InspectionStatus.ASSIGNED; // a "cancelled" result corrected to what was found
        }
    }

    /**
     * Replaces the recorded result and notes (a correction); who recorded it and when stay those of the visit, so
     * the order of visits — and the items still open — follows the visits, not the corrections.
     */
    void correctResult(InspectionResult outcome, String notes) {
        recordResult(outcome, notes, resultedBy, resultedAt);
    }

    public InspectionResult getResult() {
        return result;
    }

    public String getResultNotes() {
        return resultNotes;
    }

    public String getResultedBy() {
        return resultedBy;
    }

    public Instant getResultedAt() {
        return resultedAt;
    }

    void cancel(String reason) {
        this.status = InspectionStatus.CANCELLED;
        this.cancelReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getPermitId() {
        return permitId;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public TimeWindow getWindow() {
        return window;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getInspectionTypeId() {
        return inspectionTypeId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
