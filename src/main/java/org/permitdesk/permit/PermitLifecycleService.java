package org.permitdesk.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;

/**
 * Moves permits through their life (applied → in review → approved → issued → finaled; void and reinstate by
 * a supervisor with a reason; expired by the type's expiry period). Each action is checked by every guard,
 * and a refused action lists every blocker at once, so one panel answers "why can't I issue this?".
 */
public final class PermitLifecycleService {

    /** An action and what stands in its way now (empty: it can be done). */
    public record ActionCheck(PermitAction action, List<String> blockers) {
        public boolean allowed() {
            return blockers.isEmpty();
        }
    }

    /** The actions open to a permit now, and the version they were checked on (to perform one of them). */
    public record AvailableActions(long version, PermitStatus status, List<ActionCheck> checks) {
    }

    private final Database database;
    private final Clock clock;
    private final List<PermitGuard> guards;

    public PermitLifecycleService(Database database, Clock clock, List<PermitGuard> guards) {
        this.database = database;
        this.clock = clock;
        this.guards = List.copyOf(guards);
    }

    /** The actions that apply to the permit's status, each with its blockers; supervisors' actions only for supervisors. */
    public AvailableActions checkActions(long permitId, boolean supervisor) {
        return database.fromTransaction(session -> {
            Permit permit = load(session, permitId);
            List<ActionCheck> checks = new ArrayList<>();
            for (PermitAction action : PermitAction.values()) {
                if (action.allowedFrom(permit.getStatus()) && (supervisor || !action.supervisorOnly())) {
                    checks.add(new ActionCheck(action, blockers(session, permit, action, supervisor, "-")));
                }
            }
            return new AvailableActions(permit.getVersion(), permit.getStatus(), checks);
        });
    }

    /**
     * Performs {@code action} on the permit as last seen at {@code version}; refused with every blocker, or
     * with who changed the permit meanwhile.
     */
    public PermitStatus perform(long permitId, long version, PermitAction action, String reason, boolean supervisor,
                                String user) {
        return database.fromTransaction(session -> {
            Permit permit = load(session, permitId);
            if (permit.getVersion() != version) {
                throw new UserFacingException("Permit " + permit.getNumber() + " was changed by someone else while you "
                        + "were looking at it. Reload it, then try again.");
            }
            List<String> blockers = blockers(session, permit, action, supervisor, reason);
            if (!blockers.isEmpty()) {
                throw new UserFacingException("Cannot " + action.label().toLowerCase() + " permit " + permit.getNumber()
                        + ": " + String.join(" ", blockers));
            }
            LocalDate today = LocalDate.now(clock);
            PermitStatus from = permit.getStatus();
            PermitStatus to = action == PermitAction.REINSTATE ? statusBefore(session, permit) : action.to();
            permit.moveTo(to, today, reason == null ? null : reason.strip());
            session.persist(new PermitStatusChange(permit, from, to, today, user, blankToNull(reason)));
            Database.stampAuditUser(session, user);
            return to;
        });
    }

    /** Expires issued permits whose expiry date has passed; returns how many. Run daily and when opening a permit. */
    public int expireOverdue(String user) {
        LocalDate today = LocalDate.now(clock);
        return database.fromTransaction(session -> {
            List<Permit> overdue = session.createSelectionQuery("from Permit p join fetch p.type"
                            + " where p.status = :issued and p.expiresDate < :today", Permit.class)
                    .setParameter("issued", PermitStatus.ISSUED).setParameter("today", today).getResultList();
            for (Permit permit : overdue) {
                String reason = "No passed inspection within " + permit.getType().getExpiryDays()
                        + " days (expired " + Formats.date(permit.getExpiresDate()) + ").";
                permit.moveTo(PermitStatus.EXPIRED, today, null);
                session.persist(new PermitStatusChange(permit, PermitStatus.ISSUED, PermitStatus.EXPIRED, today, user, reason));
            }
            if (!overdue.isEmpty()) {
                Database.stampAuditUser(session, user);
            }
            return overdue.size();
        });
    }

    private List<String> blockers(Session session, Permit permit, PermitAction action, boolean supervisor, String reason) {
        List<String> blockers = new ArrayList<>();
        if (!action.allowedFrom(permit.getStatus())) {
            blockers.add("\u201c" + action.label() + "\u201d is not possible while the permit is "
                    + permit.getStatus().label().toLowerCase() + ".");
            return blockers;
        }
        if (action.supervisorOnly() && !supervisor) {
            blockers.add("Only a supervisor can " + action.label().toLowerCase() + " a permit.");
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            blockers.add("Give the reason (it is kept in the permit's history).");
        }
        LocalDate today = LocalDate.now(clock);
        guards.forEach(guard -> blockers.addAll(guard.blockers(session, permit, action, today)));
        return blockers;
    }

    private static PermitStatus statusBefore(Session session, Permit permit) {
        List<PermitStatus> before = session.createSelectionQuery("select h.fromStatus from PermitStatusChange h"
                        + " where h.permit.id = :id and h.toStatus = :now order by h.changedOn desc, h.id desc",
                        PermitStatus.class)
                .setParameter("id", permit.getId()).setParameter("now", permit.getStatus()).setMaxResults(1)
                .getResultList();
        return before.isEmpty() || before.get(0) == null ? PermitStatus.APPLIED : before.get(0);
    }

    private static Permit load(Session session, long permitId) {
        Permit permit = session.find(Permit.class, permitId);
        if (permit == null) {
            throw new UserFacingException("That permit no longer exists. Search for it again.");
        }
        return permit;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
