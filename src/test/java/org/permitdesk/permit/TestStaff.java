package org.permitdesk.permit;

import java.util.EnumSet;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;

/** Staff users acting in tests, by username: what services record is the username, what refusals name the role. */
public final class TestStaff {

    private TestStaff() {
    }

    public static SignedInUser clerk(String username) {
        return as(username, Role.CLERK);
    }

    public static SignedInUser inspector(String username) {
        return as(username, Role.INSPECTOR);
    }

    public static SignedInUser as(String username, Role role) {
        String name = Character.toUpperCase(username.charAt(0)) + username.substring(1);
        return new SignedInUser(Math.abs(username.hashCode()) + 1L, username, name, EnumSet.of(role));
    }
}
