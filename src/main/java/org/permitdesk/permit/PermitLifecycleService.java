package org.permitdesk.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Moves permits through their life (applied → in review → approved → issued → finaled; void and reinstate by
 * a supervisor with a reason; expired by the type's expiry period). Who may do which is the permission table
 * ({@link PermitAction#permission()}). Each action is checked by every guard, and a refused action lists every
 * blocker at once, so one panel answers "why can't I issue this?". Only an {@link OverridableGuard}'s blockers
 * (the required inspections before a final) may be set aside, by a supervisor with a reason.
 */
public final class PermitLifecycleService {

    /**
     * An action and what stands in its way now (empty: it can be done). {@code overridable}: every blocker may be
     * set aside by this person with a reason (a supervisor's "Final anyway…" when only required inspections are
     * missing).
     */
    public record ActionCheck(PermitAction action, List<String> blockers, boolean overridable) {
        public boolean allowed() {
            return blockers.isEmpty();
        }
    }

    /** The actions open to a permit now, and the version they were checked on (to perform one of them). */
    public record AvailableActions(long version, PermitStatus status, String number, List<ActionCheck> checks) {
    }

    /** One thing in an action's way, and the guard that may be set aside for it ({@code null}: none may). */
    private record Blocker(String text, OverridableGuard overridable) {
    }

    private final Database database;
    private final Clock clock;
    private final List<PermitGuard> guards;

    public PermitLifecycleService(Database database, Clock clock, List<PermitGuard> guards) {
        this.database = database;
        this.clock = clock;
        this.guards = List.copyOf(guards);
    }

    /**
     * The actions that apply to the permit's status and that {@code who} may do (by the permission table), each
     * with its blockers: an inspector is offered none.
     */
    public AvailableActions checkActions(long permitId, SignedInUser who) {
        return database.fromTransaction(session -> {
            Permit permit = load(session, permitId);
            List<ActionCheck> checks = new ArrayList<>();
            for (PermitAction action : PermitAction.values()) {
                if (action.allowedFrom(permit.getStatus()) && who.may(action.permission())) {
                    List<Blocker> blockers = blockers(session, permit, action, "-");
                    boolean overridable = !blockers.isEmpty() && blockers.stream().allMatch(b -> b.overridable() != null
                            && who.may(b.overridable().overriddenWith()));
                    checks.add(new ActionCheck(action, texts(blockers), overridable));
                }
            }
            return new AvailableActions(permit.getVersion(), permit.getStatus(), permit.getNumber(), checks);
        });
    }

    /**
     * Performs {@code action} on the permit as last seen at {@code version}; refused unless {@code who} may (the
     * action's permission), with every blocker, or with who changed the permit meanwhile.
     */
    public PermitStatus perform(long permitId, long version, PermitAction action, String reason, SignedInUser who) {
        who.require(action.permission());
        return move(permitId, version, action, reason, who.username(), false);
    }

    /**
     * Finals the permit although inspections its type requires before the final have not passed (only that
     * blocker is set aside: fees due and the rest still refuse). A supervisor's decision with a reason, kept in
     * the permit's history as "Final without passed Electrical rough: reason".
     */
    public PermitStatus finalAnyway(long permitId, long version, String reason, SignedInUser who) {
        who.require(PermitAction.FINAL.permission());
        who.require(Permission.OVERRIDE_FINAL);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("Give the reason for finaling without the required inspections"
                    + " (it is kept in the permit's history).");
        }
        return move(permitId, version, PermitAction.FINAL, reason, who.username(), true);
    }

    /**
     * Finals the permit when its final inspection has just passed with every required one: part of recording
     * results ({@link Permission#RECORD_RESULTS}), so an inspector need not be allowed to move permits. Every
     * blocker still refuses (fees due, required inspections).
     */
    public PermitStatus finalOnPassedInspection(long permitId, SignedInUser who) {
        who.require(Permission.RECORD_RESULTS);
        long version = database.fromTransaction(session -> load(session, permitId).getVersion());
        return move(permitId, version, PermitAction.FINAL, null, who.username(), false);
    }

    private PermitStatus move(long permitId, long version, PermitAction action, String reason, String user,
                              boolean override) {
        return database.fromTransaction(session -> {
            Permit permit = load(session, permitId);
            if (permit.getVersion() != version) {
                throw new UserFacingException("Permit " + permit.getNumber() + " was changed by someone else while you "
                        + "were looking at it. Reload it, then try again.");
            }
            LocalDate today = LocalDate.now(clock);
            List<Blocker> blockers = blockers(session, permit, action, reason);
            String history = blankToNull(reason);
            if (override) {
                List<String> notes = blockers.stream().map(Blocker::overridable).filter(g -> g != null).distinct()
                        .map(g -> g.overrideNote(session, permit, action, today)).toList();
                blockers = blockers.stream().filter(b -> b.overridable() == null).toList();
                if (!notes.isEmpty()) {
                    history = String.join("; ", notes) + ": " + reason.strip();
                }
            }
            if (!blockers.isEmpty()) {
                throw new UserFacingException("Cannot " + action.label().toLowerCase() + " permit " + permit.getNumber()
                        + ": " + String.join(" ", texts(blockers)));
            }
            PermitStatus from = permit.getStatus();
            PermitStatus to = action == PermitAction.REINSTATE ? statusBefore(session, permit) : action.to();
            permit.moveTo(to, today, reason == null ? null : reason.strip());
            session.persist(new PermitStatusChange(permit, from, to, today, user, history));
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

    private List<Blocker> blockers(Session session, Permit permit, PermitAction action, String reason) {
        List<Blocker> blockers = new ArrayList<>();
        if (!action.allowedFrom(permit.getStatus())) {
            blockers.add(new Blocker("\u201c" + action.label() + "\u201d is not possible while the permit is "
                    + permit.getStatus().label().toLowerCase() + ".", null));
            return blockers;
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            blockers.add(new Blocker("Give the reason (it is kept in the permit's history).", null));
        }
        LocalDate today = LocalDate.now(clock);
        for (PermitGuard guard : guards) {
            OverridableGuard overridable = guard instanceof OverridableGuard o ? o : null;
            guard.blockers(session, permit, action, today).forEach(text -> blockers.add(new Blocker(text, overridable)));
        }
        return blockers;
    }

    private static List<String> texts(List<Blocker> blockers) {
        return blockers.stream().map(Blocker::text).toList();
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
