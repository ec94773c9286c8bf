package org.permitdesk.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a signed-in staff user, the command line, or (coming with the web view) a portal account holder.
 * Services take it, check it against {@link Permissions}, and record {@link #username()} in the history and
 * {@link #fullName()} wherever a person reads who did it (receipts, route sheets, notices).
 */
public record SignedInUser(long id, String username, String fullName, Set<Role> roles) {

    public SignedInUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when one of the roles allows the action ({@link Permissions}). */
    public boolean may(Permission action) {
        return Permissions.allows(this, action);
    }

    /** Refuses, naming who may, unless one of the roles allows the action. */
    public void require(Permission action) {
        Permissions.require(this, action);
    }

    /**
     * The command line, acting as a local administrator; named in the audit trail as {@code command-line (osuser)}.
     */
    public static SignedInUser commandLine() {
        String osUser = System.getProperty("user.name", "unknown");
        return new SignedInUser(0, "command-line (" + osUser + ")", "Command line (" + osUser + ")",
                EnumSet.of(Role.COMMAND_LINE));
    }

    /** A portal account holder signed in to the web view. */
    public static SignedInUser portalAccount(long accountId, String username, String name) {
        return new SignedInUser(accountId, username, name, EnumSet.of(Role.PORTAL_ACCOUNT));
    }
}
