package org.permitdesk.permit.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitGuard;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Plan review cycles and conditions of a permit, and the guards they put on its life: an open review or one
 * that requires corrections blocks approval; an active hold blocks issuing.
 */
public final class PlanReviewService {

    private final Database database;
    private final Clock clock;

    public PlanReviewService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Starts the next review cycle (1, 2, …) with its reviewer; refused while a cycle is still pending. */
    public PlanReviewRow startCycle(long permitId, String reviewer, SignedInUser who) {
        who.require(Permission.MANAGE_REVIEWS_AND_HOLDS);
        if (reviewer == null || reviewer.isBlank()) {
            throw new UserFacingException("Name the reviewer of this plan review cycle.");
        }
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            List<PlanReview> cycles = reviews(session, permitId);
            if (cycles.stream().anyMatch(r -> r.getStatus() == PlanReviewStatus.PENDING)) {
                throw new UserFacingException("Cycle " + cycles.get(cycles.size() - 1).getCycle()
                        + " is still pending: record its outcome before starting another.");
            }
            PlanReview review = new PlanReview(permitId, cycles.size() + 1, reviewer.strip(), LocalDate.now(clock));
            session.persist(review);
            session.flush();
            return review.row();
        });
    }

    /** Records a cycle's outcome; corrections required need comments saying what to correct. */
    public PlanReviewRow finishCycle(long reviewId, PlanReviewStatus outcome, String comments, SignedInUser who) {
        who.require(Permission.MANAGE_REVIEWS_AND_HOLDS);
        if (outcome == PlanReviewStatus.PENDING) {
            throw new UserFacingException("Choose the outcome: approved or corrections required.");
        }
        if (outcome == PlanReviewStatus.CORRECTIONS_REQUIRED && (comments == null || comments.isBlank())) {
            throw new UserFacingException("Say which corrections are required; the applicant sees these comments.");
        }
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            PlanReview review = session.find(PlanReview.class, reviewId);
            if (review == null) {
                throw new UserFacingException("That review cycle no longer exists. Reload the permit.");
            }
            review.finish(outcome, comments == null ? null : comments.strip(), LocalDate.now(clock));
            session.flush();
            return review.row();
        });
    }

    public ConditionRow addCondition(long permitId, ConditionKind kind, String text, SignedInUser who) {
        who.require(Permission.MANAGE_REVIEWS_AND_HOLDS);
        String user = who.username();
        if (text == null || text.isBlank()) {
            throw new UserFacingException("Say what the " + kind.label().toLowerCase() + " is, e.g. \u201cstop work order\u201d.");
        }
        return database.fromTransaction(session -> {
            PermitCondition condition = new PermitCondition(permitId, kind, text.strip(), user, clock.instant());
            Database.stampAuditUser(session, user);
            session.persist(condition);
            session.flush();
            return condition.row();
        });
    }

    public ConditionRow releaseCondition(long conditionId, SignedInUser who) {
        who.require(Permission.MANAGE_REVIEWS_AND_HOLDS);
        String user = who.username();
        return database.fromTransaction(session -> {
            PermitCondition condition = session.find(PermitCondition.class, conditionId);
            if (condition == null || !condition.isActive()) {
                throw new UserFacingException("That condition is already released. Reload the permit.");
            }
            condition.release(user, clock.instant());
            Database.stampAuditUser(session, user);
            return condition.row();
        });
    }

    public List<PlanReviewRow> planReviews(long permitId) {
        return database.fromTransaction(session -> reviews(session, permitId).stream().map(PlanReview::row).toList());
    }

    public List<ConditionRow> conditions(long permitId) {
        return database.fromTransaction(session -> session.createSelectionQuery(
                        "from PermitCondition c where c.permitId = :id order by c.id", PermitCondition.class)
                .setParameter("id", permitId).getResultStream().map(PermitCondition::row).toList());
    }

    /** Guards for the permit's life: reviews before approving, holds before issuing. */
    public PermitGuard guard() {
        return this::blockers;
    }

    private List<String> blockers(Session session, Permit permit, PermitAction action, LocalDate today) {
        List<String> blockers = new ArrayList<>();
        if (action == PermitAction.APPROVE) {
            List<PlanReview> cycles = reviews(session, permit.getId());
            for (PlanReview review : cycles) {
                if (review.getStatus() == PlanReviewStatus.PENDING) {
                    blockers.add("Plan review cycle " + review.getCycle() + " is still pending.");
                } else if (review.getStatus() == PlanReviewStatus.CORRECTIONS_REQUIRED && review == cycles.get(cycles.size() - 1)) {
                    blockers.add("Plan review cycle " + review.getCycle() + " requires corrections.");
                }
            }
        }
        if (action == PermitAction.ISSUE) {
            session.createSelectionQuery("from PermitCondition c where c.permitId = :id and c.kind = :hold"
                            + " and c.releasedAt is null order by c.id", PermitCondition.class)
                    .setParameter("id", permit.getId()).setParameter("hold", ConditionKind.HOLD).getResultStream()
                    .forEach(hold -> blockers.add("Hold: " + hold.row().text().replaceAll("[.\\s]+$", "") + "."));
        }
        return blockers;
    }

    private static List<PlanReview> reviews(Session session, long permitId) {
        return session.createSelectionQuery("from PlanReview r where r.permitId = :id order by r.cycle", PlanReview.class)
                .setParameter("id", permitId).getResultList();
    }
}
