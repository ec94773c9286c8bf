package org.permitdesk.ui;

import org.permitdesk.staff.Permission;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;

/**
 * The sections of the main window and who sees them: a section is shown to whoever may do its work by the
 * permission table ({@link org.permitdesk.staff.Permissions}); My route to inspectors.
 */
public enum Section {
    PERMITS("Permits", null),
    REQUESTS("Requests", Permission.MANAGE_ACCOUNTS),
    ACCOUNTS("Accounts", Permission.MANAGE_ACCOUNTS),
    MY_ROUTE("My route", null),
    INSPECTION_BOARD("Inspections", Permission.ASSIGN_INSPECTIONS),
    REPORTS("Reports", Permission.EXPORT_DATA),
    LICENCES("CSLB licences", Permission.IMPORT_DATA, true),
    PERMIT_TYPES("Permit types and fees", Permission.EDIT_FEE_SCHEDULES, true),
    INSPECTION_SETTINGS("Inspection settings", Permission.EDIT_SETTINGS, true),
    PERMIT_IMPORT("Import permits", Permission.IMPORT_DATA, true);

    private final String label;
    private final Permission work;
    private final boolean administration;

    Section(String label, Permission work) {
        this(label, work, false);
    }

    Section(String label, Permission work, boolean administration) {
        this.label = label;
        this.work = work;
        this.administration = administration;
    }

    /** Rarely used set-up screens, listed under "Administration" in the top bar rather than each with a button. */
    public boolean administration() {
        return administration;
    }

    public String label() {
        return label;
    }

    public boolean visibleTo(SignedInUser user) {
        if (this == MY_ROUTE) {
            return user.has(Role.INSPECTOR);
        }
        if (work == null) {
            return user.roles().stream().anyMatch(Role::isStaffRole);
        }
        return user.may(work);
    }
}
