package org.permitdesk.permit.review;

/** A HOLD stops issuing and inspection requests; a NOTICE is shown wherever the permit is. */
public enum ConditionKind {
    HOLD("Hold"),
    NOTICE("Notice");

    private final String label;

    ConditionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
