package org.permitdesk.permit;

/** The part a person or business plays on a permit. */
public enum ContactRole {
    OWNER("Owner"),
    CONTRACTOR("Contractor"),
    DESIGN_PROFESSIONAL("Design professional"),
    APPLICANT("Applicant");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
