package org.permitdesk.permit.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/** One plan review cycle of a permit: who reviews, since when, and the outcome with comments. */
@Entity
@Table(name = "plan_review")
@Audited
public class PlanReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "cycle", nullable = false)
    private int cycle;

    @Column(name = "reviewer", nullable = false, length = 120)
    private String reviewer;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "finished_on")
    private LocalDate finishedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private PlanReviewStatus status;

    @Column(name = "comments", length = 4000)
    private String comments;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlanReview() {
    }

    PlanReview(long permitId, int cycle, String reviewer, LocalDate startedOn) {
        this.permitId = permitId;
        this.cycle = cycle;
        this.reviewer = reviewer;
        this.startedOn = startedOn;
        this.status = PlanReviewStatus.PENDING;
    }

    void finish(PlanReviewStatus outcome, String comments, LocalDate day) {
        this.status = outcome;
        this.comments = comments;
        this.finishedOn = day;
    }

    public Long getId() {
        return id;
    }

    public int getCycle() {
        return cycle;
    }

    public PlanReviewStatus getStatus() {
        return status;
    }

    PlanReviewRow row() {
        return new PlanReviewRow(id, cycle, reviewer, startedOn, finishedOn, status, comments);
    }

    public String getReviewer() {
        return reviewer;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public String getComments() {
        return comments;
    }
}
