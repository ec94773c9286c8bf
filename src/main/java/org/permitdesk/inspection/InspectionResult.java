package org.permitdesk.inspection;

/** What the inspector found. A failed or partial inspection lists the corrections to make. */
public enum InspectionResult {
    PASSED("Passed"),
    FAILED("Failed"),
    PARTIAL("Partial"),
    NOT_READY("Not ready"),
    NO_ACCESS("No access"),
    CANCELLED("Cancelled");

    private final String label;

    InspectionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsCorrections() {
        return this == FAILED || this == PARTIAL;
    }
}
