package org.permitdesk.permit.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/** A hold or notice on a permit, active until released. */
@Entity
@Table(name = "permit_condition")
@Audited
public class PermitCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 10)
    private ConditionKind kind;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "released_by", length = 60)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected PermitCondition() {
    }

    PermitCondition(long permitId, ConditionKind kind, String text, String addedBy, Instant addedAt) {
        this.permitId = permitId;
        this.kind = kind;
        this.text = text;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    void release(String user, Instant at) {
        this.releasedBy = user;
        this.releasedAt = at;
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    ConditionRow row() {
        return new ConditionRow(id, kind, text, addedBy, addedAt, releasedBy, releasedAt);
    }

    public Long getId() {
        return id;
    }

    public ConditionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
