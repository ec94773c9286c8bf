package org.permitdesk.staff;

import java.util.Set;

/** Who is using the app now: what the main window needs to know about the signed-in staff user. */
public record SignedInUser(long id, String username, String fullName, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
