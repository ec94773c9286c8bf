package org.permitdesk.permit;

import java.time.LocalDate;
import org.hibernate.Session;
import org.permitdesk.staff.Permission;

/**
 * A guard whose blockers — and only those — a person allowed {@link #overriddenWith()} may set aside, giving the
 * reason (the required inspections before a final, for a supervisor). Fees due, holds and licences are never
 * overridden: they are plain {@link PermitGuard}s.
 */
public interface OverridableGuard extends PermitGuard {

    /** The permission that sets this guard's blockers aside. */
    Permission overriddenWith();

    /**
     * What the permit's history says before the reason when this guard is set aside: "Final without passed
     * Electrical rough, Electrical final".
     */
    String overrideNote(Session session, Permit permit, PermitAction action, LocalDate today);
}
