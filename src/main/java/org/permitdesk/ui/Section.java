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
    LICENCES("Licences", EnumSet.of(Role.ADMIN)),
    PERMIT_TYPES("Permit types", EnumSet.of(Role.ADMIN)),
    PERMIT_IMPORT("Import", EnumSet.of(Role.ADMIN));

    private final String label;
    private final Set<Role> roles;

    Section(String label, Set<Role> roles) {
        this.label = label;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
