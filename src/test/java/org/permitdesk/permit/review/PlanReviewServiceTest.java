package org.permitdesk.permit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PlanReviewServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T17:00:00Z"));

    private static long version(TestDb db, long id) {
        return db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
    }

    private static List<String> blockers(PermitLifecycleService lifecycle, long id, PermitAction action) {
        return lifecycle.checkActions(id, TestUsers.clerk("carmen")).checks().stream().filter(c -> c.action() == action)
                .findFirst().orElseThrow().blockers();
    }

    @DatabaseTest
    void correctionsBlockApprovalUntilTheNextCycleIsApprovedAndAHoldBlocksIssuing(TestDb db) {
        PlanReviewService reviews = new PlanReviewService(db.database(), clock);
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of(reviews.guard()));
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "8 Review Rd",
                "123-456-782", "Owner Name", null);
        lifecycle.perform(id, version(db, id), PermitAction.START_REVIEW, null, TestUsers.clerk("carmen"));

        PlanReviewRow first = reviews.startCycle(id, "Ray Whitfield", TestUsers.CLERK);
        assertEquals(List.of("Plan review cycle 1 is still pending."), blockers(lifecycle, id, PermitAction.APPROVE));
        assertThrows(UserFacingException.class, () -> reviews.startCycle(id, "Someone", TestUsers.CLERK), "one pending cycle at a time");
        assertThrows(UserFacingException.class,
                () -> reviews.finishCycle(first.id(), PlanReviewStatus.CORRECTIONS_REQUIRED, " ", TestUsers.CLERK));
        reviews.finishCycle(first.id(), PlanReviewStatus.CORRECTIONS_REQUIRED, "Show the shear wall nailing.", TestUsers.CLERK);
        assertEquals(List.of("Plan review cycle 1 requires corrections."), blockers(lifecycle, id, PermitAction.APPROVE));

        PlanReviewRow second = reviews.startCycle(id, "Ray Whitfield", TestUsers.CLERK);
        assertEquals(2, second.cycle());
        reviews.finishCycle(second.id(), PlanReviewStatus.APPROVED, null, TestUsers.CLERK);
        lifecycle.perform(id, version(db, id), PermitAction.APPROVE, null, TestUsers.clerk("carmen"));

        ConditionRow hold = reviews.addCondition(id, ConditionKind.HOLD, "Stop work order.", TestUsers.supervisor("dana"));
        reviews.addCondition(id, ConditionKind.NOTICE, "Dog on site", TestUsers.supervisor("dana"));
        assertEquals(List.of("Hold: Stop work order."), blockers(lifecycle, id, PermitAction.ISSUE));
        String number = db.database().fromTransaction(s -> s.find(Permit.class, id).getNumber());
        assertEquals("Approved \u00b7 Hold, Notice", new org.permitdesk.permit.PermitSearchService(db.database())
                .search(number).permits().get(0).statusText(), "holds and notices show in search results");
        reviews.releaseCondition(hold.id(), TestUsers.supervisor("dana"));
        lifecycle.perform(id, version(db, id), PermitAction.ISSUE, null, TestUsers.clerk("carmen"));

        assertEquals(PermitStatus.ISSUED, db.database().fromTransaction(s -> s.find(Permit.class, id).getStatus()));
        List<ConditionRow> conditions = reviews.conditions(id);
        assertEquals(2, conditions.size(), "released conditions stay on record");
        assertTrue(!conditions.get(0).active() && conditions.get(1).active());
        assertEquals(List.of(PlanReviewStatus.CORRECTIONS_REQUIRED, PlanReviewStatus.APPROVED),
                reviews.planReviews(id).stream().map(PlanReviewRow::status).toList());
    }
}
