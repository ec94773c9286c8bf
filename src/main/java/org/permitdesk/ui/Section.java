package org.permitdesk.ui;

import java.util.EnumSet;
import java.util.Set;
import org.permitdesk.staff.Role;

/**
 * The sections of the main window and who sees them. Only sections that exist are listed: counter,
 * inspections, reports and administration join here as they are built.
 */
public enum Section {
    PERMITS("Permits", EnumSet.allOf(Role.class)),
    REQUESTS("Requests", EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.ADMIN)),
    ACCOUNTS("Accounts", EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.ADMIN)),
    MY_ROUTE("My route", EnumSet.of(Role.INSPECTOR)),
    INSPECTION_BOARD("Inspections", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
    REPORTS("Reports", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
    LICENCES("CSLB licences", EnumSet.of(Role.ADMIN), true),
    PERMIT_TYPES("Permit types and fees", EnumSet.of(Role.ADMIN), true),
    INSPECTION_SETTINGS("Inspection settings", EnumSet.of(Role.ADMIN), true),
    PERMIT_IMPORT("Import permits", EnumSet.of(Role.ADMIN), true);

    private final String label;
    private final Set<Role> roles;
    private final boolean administration;

    Section(String label, Set<Role> roles) {
        this(label, roles, false);
    }

    Section(String label, Set<Role> roles, boolean administration) {
        this.label = label;
        this.roles = roles;
        this.administration = administration;
    }

    /** Rarely used set-up screens, listed under "Administration" in the top bar rather than each with a button. */
    public boolean administration() {
        return administration;
    }

    public String label() {
        return label;
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
