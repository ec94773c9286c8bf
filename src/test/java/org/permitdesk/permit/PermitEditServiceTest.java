package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.UUID;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.staff.NotPermittedException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitEditServiceTest {

    @DatabaseTest
    void theSecondOfTwoConflictingEditsIsRefusedWithWhoChangedItAndTheFirstIsKept(TestDb db) {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "3 Edit St",
                "123-456-784", "Owner Name", null);
        long seen = db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
        PermitEditService edits = new PermitEditService(db.database());

        edits.saveDetails(id, seen, new PermitEditService.Details(new BigDecimal("20000.00"), "Kitchen remodel", null), TestUsers.clerk("dana"));
        UserFacingException refused = assertThrows(UserFacingException.class, () -> edits.saveDetails(id, seen,
                new PermitEditService.Details(new BigDecimal("18000.00"), "Kitchen and bath", "call first"), TestUsers.clerk("carmen")));

        assertTrue(refused.getMessage().contains("was changed by dana at"), refused.getMessage());
        Permit kept = db.database().fromTransaction(s -> s.find(Permit.class, id));
        assertEquals(new BigDecimal("20000.00"), kept.getValuation());
        assertEquals("Kitchen remodel", kept.getDescription());
    }

    @DatabaseTest
    void aNegativeValuationOrNoDescriptionIsRefusedWithWhatToFix(TestDb db) {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "3 Edit St",
                "123-456-785", "Owner Name", null);
        long seen = db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
        PermitEditService edits = new PermitEditService(db.database());

        assertThrows(UserFacingException.class, () -> edits.saveDetails(id, seen,
                new PermitEditService.Details(new BigDecimal("-1"), "x", null), TestUsers.clerk("carmen")));
        assertThrows(UserFacingException.class, () -> edits.saveDetails(id, seen,
                new PermitEditService.Details(BigDecimal.TEN, " ", null), TestUsers.clerk("carmen")));
    }

    @DatabaseTest
    void anInspectorIsRefusedChangingAPermitsDetails(TestDb db) {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "3 Edit St",
                "123-456-787", "Owner Name", null);
        long seen = db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());

        NotPermittedException refused = assertThrows(NotPermittedException.class, () -> new PermitEditService(
                db.database()).saveDetails(id, seen, new PermitEditService.Details(BigDecimal.TEN, "Porch", null),
                TestUsers.inspector("ivan")));

        assertTrue(refused.getMessage().startsWith("Changing a permit's details and contacts is for counter clerk,"
                + " supervisor or administrator"), refused.getMessage());
        assertEquals(seen, (long) db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion()), "unchanged");
    }
}
