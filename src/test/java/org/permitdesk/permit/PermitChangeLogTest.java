package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitChangeLogTest {

    @DatabaseTest
    void everyChangeSaysWhoWhenAndOldToNew(TestDb db) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T17:00:00Z"));
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "4 Audit Ave",
                "123-456-783", "Owner Name", null);
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of());
        long version = db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
        lifecycle.perform(id, version, PermitAction.START_REVIEW, null, TestUsers.clerk("carmen"));

        List<PermitChangeLog.Change> changes = new PermitChangeLog(db.database()).changes(id);

        PermitChangeLog.Change last = changes.get(changes.size() - 1);
        assertEquals("Status", last.field());
        assertEquals("Applied", last.oldValue());
        assertEquals("In review", last.newValue());
        assertEquals("carmen", last.by());
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Number") && c.by().equals("test")),
                "the creation is listed with who created it");
    }
}
