package org.permitdesk.permit.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class FeesDueGuardTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T18:00:00Z"));

    @DatabaseTest
    void aPermitWithFeesDueIsNotIssuedUntilTheyArePaid(TestDb db) {
        FeeService fees = new FeeService(db.database(), clock);
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock,
                List.of(new FeesDueGuard()));
        long id = FeeServiceTest.permit(db, "WH", null);
        lifecycle.perform(id, version(db, id), PermitAction.START_REVIEW, null, TestUsers.clerk("carmen"));
        lifecycle.perform(id, version(db, id), PermitAction.APPROVE, null, TestUsers.clerk("carmen"));
        fees.assessFees(id, TestUsers.clerk("clerk"));  // $118.00
        fees.recordPayment(id, new BigDecimal("18.00"), PaymentMethod.CASH, null, TestUsers.clerk("clerk"));

        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.ISSUE, null, TestUsers.clerk("carmen")));
        assertTrue(refused.getMessage().contains("Fees due: $100.00 — take the payment first."),
                refused.getMessage());

        fees.recordPayment(id, new BigDecimal("100.00"), PaymentMethod.CARD, "AUTH 55K1", TestUsers.clerk("clerk"));
        assertEquals(PermitStatus.ISSUED,
                lifecycle.perform(id, version(db, id), PermitAction.ISSUE, null, TestUsers.clerk("carmen")));
    }

    private static long version(TestDb db, long id) {
        return db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
    }
}
