package org.permitdesk.permit.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.permitdesk.permit.PermitType;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class FeeScheduleAdminServiceTest {

    @DatabaseTest
    void aChangedScheduleIsWhatTheNextAssessmentUses(TestDb db) {
        FeeScheduleAdminService admin = new FeeScheduleAdminService(db.database());
        long dumpster = db.database().fromTransaction(s -> s.createSelectionQuery("from PermitType where code = 'DUMP'",
                PermitType.class).getSingleResult().getId());
        FeeService fees = new FeeService(db.database(), Clock.systemUTC());

        List<FeeScheduleAdminService.ItemRow> before = admin.items(dumpster);
        FeeScheduleAdminService.ItemRow first = before.get(0);
        admin.change(first.id(), first.version(), "Dumpster on street", new BigDecimal("99.00"), null, TestUsers.ADMIN);
        FeeScheduleAdminService.ItemRow perDay = admin.add(dumpster, "Street occupancy", new BigDecimal("12.50"), "day", TestUsers.ADMIN);
        assertThrows(UserFacingException.class, () -> admin.change(first.id(), first.version(), "x", BigDecimal.ONE, null, TestUsers.ADMIN),
                "a change made on an old version is refused");
        assertThrows(UserFacingException.class, () -> admin.add(dumpster, " ", BigDecimal.ONE, null, TestUsers.ADMIN));

        List<String> estimated = fees.estimate(dumpster, BigDecimal.ZERO, null).stream()
                .map(f -> f.description() + " " + f.amount()).toList();
        assertTrue(estimated.contains("Dumpster on street 99.00"), estimated.toString());
        assertTrue(perDay.rule().equals("$12.50 per day"), perDay.rule());
        admin.retire(perDay.id(), perDay.version(), TestUsers.ADMIN);
        assertEquals(before.size(), admin.items(dumpster).size());
    }
}
