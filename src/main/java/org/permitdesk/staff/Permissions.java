package org.permitdesk.staff;

import static org.permitdesk.staff.Permission.*;
import static org.permitdesk.staff.Role.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The permission table: which role may do which guarded action. The services check it ({@link #require}) — the
 * desktop, the command line and the web view all pass through them — and the screens enable their buttons from
 * the same table ({@link #allows}). docs/permissions.md shows it as a table; {@code PermissionsTest} keeps the two
 * the same.
 */
public final class Permissions {

    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

    static {
        TABLE.put(CLERK, EnumSet.of(ENTER_PERMIT, EDIT_PERMIT, MOVE_PERMIT, MANAGE_REVIEWS_AND_HOLDS, ATTACH_FILES,
                ASSESS_FEES, TAKE_PAYMENT, REQUEST_INSPECTION, CANCEL_INSPECTION, MANAGE_ACCOUNTS));
        TABLE.put(INSPECTOR, EnumSet.of(ATTACH_FILES, REQUEST_INSPECTION, CANCEL_INSPECTION, RECORD_RESULTS,
                CORRECT_RESULTS));
        TABLE.put(SUPERVISOR, EnumSet.of(ENTER_PERMIT, EDIT_PERMIT, MOVE_PERMIT, VOID_PERMIT, REINSTATE_PERMIT,
                OVERRIDE_FINAL, MANAGE_REVIEWS_AND_HOLDS, ATTACH_FILES, ASSESS_FEES, TAKE_PAYMENT, REQUEST_INSPECTION,
                CANCEL_INSPECTION, ASSIGN_INSPECTIONS, RECORD_RESULTS, CORRECT_RESULTS, MANAGE_ACCOUNTS, EXPORT_DATA));
        TABLE.put(ADMIN, EnumSet.of(ENTER_PERMIT, EDIT_PERMIT, MOVE_PERMIT, VOID_PERMIT, REINSTATE_PERMIT,
                MANAGE_REVIEWS_AND_HOLDS, ATTACH_FILES, ASSESS_FEES, REQUEST_INSPECTION, CANCEL_INSPECTION,
                ASSIGN_INSPECTIONS, MANAGE_ACCOUNTS, EDIT_FEE_SCHEDULES, MANAGE_STAFF, IMPORT_DATA, EXPORT_DATA,
                EDIT_SETTINGS));
        TABLE.put(COMMAND_LINE, EnumSet.of(MANAGE_STAFF, IMPORT_DATA, EXPORT_DATA));
        TABLE.put(PORTAL_ACCOUNT, EnumSet.of(REQUEST_INSPECTION, CANCEL_INSPECTION));
    }

    private Permissions() {
    }

    /** What {@code role} may do. */
    public static Set<Permission> of(Role role) {
        return Collections.unmodifiableSet(TABLE.get(role));
    }

    /** True when any of the person's roles allows the action. */
    public static boolean allows(SignedInUser who, Permission action) {
        return who != null && who.roles().stream().anyMatch(role -> TABLE.get(role).contains(action));
    }

    /** The roles that may do {@code action}, in the table's order. */
    public static Set<Role> rolesAllowed(Permission action) {
        return EnumSet.allOf(Role.class).stream().filter(role -> TABLE.get(role).contains(action))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /**
     * Refuses with "Taking a payment is for counter clerks or supervisors; you are signed in as Inspector." unless
     * the person may do the action.
     */
    public static void require(SignedInUser who, Permission action) {
        if (!allows(who, action)) {
            throw new NotPermittedException(who, action);
        }
    }
}
