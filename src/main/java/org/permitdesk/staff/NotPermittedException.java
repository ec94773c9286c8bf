package org.permitdesk.staff;

import java.util.stream.Collectors;
import org.permitdesk.platform.UserFacingException;

/** An action the signed-in person's role does not allow; the message says which roles may do it. */
public final class NotPermittedException extends UserFacingException {

    private final Permission action;

    NotPermittedException(SignedInUser who, Permission action) {
        super(action.doing() + " is for " + Permissions.rolesAllowed(action).stream()
                .filter(Role::isStaffRole).map(role -> role.label().toLowerCase()).collect(Collectors.joining(", "))
                .replaceAll(", ([^,]*)$", " or $1")
                + "; you are signed in as " + describe(who) + ".");
        this.action = action;
    }

    public Permission action() {
        return action;
    }

    private static String describe(SignedInUser who) {
        if (who == null) {
            return "nobody";
        }
        return who.fullName() + " (" + who.roles().stream().map(Role::label).collect(Collectors.joining(", ")) + ")";
    }
}
