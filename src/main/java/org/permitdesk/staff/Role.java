package org.permitdesk.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting, for the permission table ({@link Permissions}): the four staff roles a staff user is given, and
 * two that are never stored for a staff user — the command line (a local administrator) and a portal account holder.
 */
public enum Role {
    CLERK("Counter clerk", true),
    INSPECTOR("Inspector", true),
    SUPERVISOR("Supervisor", true),
    ADMIN("Administrator", true),
    COMMAND_LINE("Command line (local administrator)", false),
    PORTAL_ACCOUNT("Portal account holder", false);

    private final String label;
    private final boolean staff;

    Role(String label, boolean staff) {
        this.label = label;
        this.staff = staff;
    }

    public String label() {
        return label;
    }

    /** True for the roles a staff user can be given (not the command line, not a portal account). */
    public boolean isStaffRole() {
        return staff;
    }

    /** Clerk, inspector, supervisor and administrator. */
    public static Set<Role> staffRoles() {
        return EnumSet.of(CLERK, INSPECTOR, SUPERVISOR, ADMIN);
    }
}
