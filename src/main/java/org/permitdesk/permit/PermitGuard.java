package org.permitdesk.permit;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/**
 * One reason a status change may not be allowed yet, in plain words ("Fees due: $412.00", "Hold: stop work
 * order", "Contractor licence 1009988 is suspended…"). Fees, plan reviews, holds and licences each add one.
 */
@FunctionalInterface
public interface PermitGuard {

    /** What blocks {@code action} on {@code permit} today; empty when nothing does. */
    List<String> blockers(Session session, Permit permit, PermitAction action, LocalDate today);
}
