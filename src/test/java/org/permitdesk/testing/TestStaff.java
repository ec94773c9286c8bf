package org.permitdesk.testing;

import java.util.EnumSet;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;

/** Who acts in the service tests: a counter clerk, an inspector, a supervisor, an administrator. */
public final class TestStaff {

    public static final SignedInUser CLERK = new SignedInUser(9001, "carmen", "Carmen Clerk", EnumSet.of(Role.CLERK));
    public static final SignedInUser INSPECTOR = new SignedInUser(9002, "ray", "Ray Inspector",
            EnumSet.of(Role.INSPECTOR));
    public static final SignedInUser SUPERVISOR = new SignedInUser(9003, "dana", "Dana Supervisor",
            EnumSet.of(Role.SUPERVISOR));
    public static final SignedInUser ADMIN = new SignedInUser(9004, "alex", "Alex Admin", EnumSet.of(Role.ADMIN));

    private TestStaff() {
    }

    /** An inspector with the staff user's id (their route) and username (recorded on results). */
    public static SignedInUser inspector(long id, String username) {
        return new SignedInUser(id, username, username, EnumSet.of(Role.INSPECTOR));
    }
}
