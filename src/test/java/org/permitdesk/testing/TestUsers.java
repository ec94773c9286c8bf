package org.permitdesk.testing;

import java.util.EnumSet;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;

/** The people tests act as; usernames as on the demo database, so histories read "clerk", "supervisor"… */
public final class TestUsers {

    public static final SignedInUser CLERK = as(Role.CLERK, "clerk", "Carmen Ortiz");
    public static final SignedInUser INSPECTOR = as(Role.INSPECTOR, "inspector", "Ray Whitfield");
    public static final SignedInUser SUPERVISOR = as(Role.SUPERVISOR, "supervisor", "Dana Kowalski");
    public static final SignedInUser ADMIN = as(Role.ADMIN, "admin", "Sam Patel");
    public static final SignedInUser COMMAND_LINE = SignedInUser.commandLine();

    private TestUsers() {
    }

    /** Someone with one role (id 0: not a stored staff user). */
    public static SignedInUser as(Role role, String username, String fullName) {
        return new SignedInUser(0, username, fullName, EnumSet.of(role));
    }

    /** A counter clerk signing in as {@code username} (histories show that name). */
    public static SignedInUser clerk(String username) {
        return as(Role.CLERK, username, capitalised(username));
    }

    public static SignedInUser inspector(String username) {
        return as(Role.INSPECTOR, username, capitalised(username));
    }

    public static SignedInUser supervisor(String username) {
        return as(Role.SUPERVISOR, username, capitalised(username));
    }

    public static SignedInUser admin(String username) {
        return as(Role.ADMIN, username, capitalised(username));
    }

    private static String capitalised(String username) {
        return username.isEmpty() ? username : Character.toUpperCase(username.charAt(0)) + username.substring(1);
    }
}
