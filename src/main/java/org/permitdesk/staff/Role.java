package org.permitdesk.staff;

/** What a staff user may do; the main window shows the sections of the signed-in user's roles. */
public enum Role {
    CLERK("Counter clerk"),
    INSPECTOR("Inspector"),
    SUPERVISOR("Supervisor"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
