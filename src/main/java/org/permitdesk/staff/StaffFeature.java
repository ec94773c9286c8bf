package org.permitdesk.staff;

import org.permitdesk.platform.AppContext;
import org.permitdesk.platform.security.PasswordHasher;

/** The staff feature's services, built once per application context (decision record 13). */
public final class StaffFeature {

    private final StaffService users;

    public StaffFeature(AppContext context) {
        this.users = new StaffService(context.database(), new PasswordHasher(), context.clock());
    }

    /** Staff users: sign-in, the first administrator, adding users. */
    public StaffService users() {
        return users;
    }
}
