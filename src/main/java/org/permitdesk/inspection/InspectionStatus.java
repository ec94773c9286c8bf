package org.permitdesk.inspection;

/** Where an inspection request stands; it becomes active once an inspector is assigned. */
public enum InspectionStatus {
    REQUESTED("Requested"),
    ASSIGNED("Assigned"),
    CANCELLED("Cancelled");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
