package org.permitdesk.permit;

/** Where a permit is in its life: APPLIED → IN_REVIEW → APPROVED → ISSUED → FINALED, or EXPIRED / VOID. */
public enum PermitStatus {
    APPLIED("Applied"),
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    ISSUED("Issued"),
    FINALED("Finaled"),
    EXPIRED("Expired"),
    VOID("Void");

    private final String label;

    PermitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
