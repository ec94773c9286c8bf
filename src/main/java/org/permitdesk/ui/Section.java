package org.permitdesk.ui;

import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;

/**
 * The sections of the main window and who sees them: a section is shown to whoever may do its work by the
 * permission table ({@link org.permitdesk.staff.Permissions}); My route to inspectors.
 */
public enum Section {
    PERMITS(null),
    REQUESTS(Permission.MANAGE_ACCOUNTS),
    ACCOUNTS(Permission.MANAGE_ACCOUNTS),
    MY_ROUTE(null),
    INSPECTION_BOARD(Permission.ASSIGN_INSPECTIONS),
    REPORTS(Permission.EXPORT_DATA),
    LICENCES(Permission.IMPORT_DATA, true),
    PERMIT_TYPES(Permission.EDIT_FEE_SCHEDULES, true),
    INSPECTION_SETTINGS(Permission.EDIT_SETTINGS, true),
    PERMIT_IMPORT(Permission.IMPORT_DATA, true);

    private final Permission work;
    private final boolean administration;

    Section(Permission work) {
        this(work, false);
    }

    Section(Permission work, boolean administration) {
        this.work = work;
        this.administration = administration;
    }

    /** Rarely used set-up screens, listed under "Administration" in the top bar rather than each with a button. */
    public boolean administration() {
        return administration;
    }

    /** The section's button text, {@code section.<name>} in the bundle. */
    public String label() {
        return Texts.get("section." + name().toLowerCase(java.util.Locale.ROOT));
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
