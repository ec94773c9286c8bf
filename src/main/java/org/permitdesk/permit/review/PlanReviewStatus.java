package org.permitdesk.permit.review;

/** Where a plan review cycle stands. */
public enum PlanReviewStatus {
    PENDING("Pending"),
    APPROVED("Approved"),
    CORRECTIONS_REQUIRED("Corrections required");

    private final String label;

    PlanReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
