package org.permitdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.permitdesk.permit.Permit;
import org.permitdesk.history.PermitChangeLog;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.PermitStatusChange;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

class DemoDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T16:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @DatabaseTest
    void demoPermitsHaveDatesHistoryAndNumbersThatAgree(TestDb db) {
        Database database = db.database();
        new DemoData(database, CLOCK).addPermits(600, 7L, done -> { });

        List<Permit> permits = database.fromTransaction(session -> session.createSelectionQuery(
                "from Permit p join fetch p.type join fetch p.site", Permit.class).getResultList());
        Map<Long, List<PermitStatusChange>> history = database.fromTransaction(session -> session.createSelectionQuery(
                        "from PermitStatusChange h join fetch h.permit order by h.changedOn, h.id", PermitStatusChange.class)
                .getResultStream().collect(Collectors.groupingBy(h -> h.getPermit().getId())));
        assertTrue(permits.size() >= 600);
        for (Permit permit : permits) {
            String number = permit.getNumber();
            assertTrue(number.startsWith(permit.getType().getPrefix()), number);
            assertFalse(permit.getAppliedDate().isAfter(TODAY), number);
            switch (permit.getStatus()) {
                case ISSUED -> {
                    assertNotNull(permit.getIssuedDate(), number);
                    assertFalse(permit.getExpiresDate().isBefore(TODAY), number + " is issued but already expired");
                }
                case FINALED -> assertFalse(permit.getFinaledDate().isBefore(permit.getIssuedDate()), number);
                case EXPIRED -> assertTrue(permit.getExpiresDate().isBefore(TODAY), number);
                case VOID -> assertNotNull(permit.getVoidReason(), number);
                case APPLIED, IN_REVIEW -> assertNull(permit.getIssuedDate(), number);
                default -> { }
            }
            List<PermitStatusChange> steps = history.get(permit.getId());
            assertEquals(PermitStatus.APPLIED, steps.get(0).getToStatus(), number);
            assertEquals(permit.getStatus(), steps.get(steps.size() - 1).getToStatus(), number + " history ends elsewhere");
            for (PermitStatusChange step : steps) {
                assertFalse(step.getChangedOn().isAfter(TODAY), number + " has a future status change");
            }
        }
        assertTrue(permits.stream().map(Permit::getStatus).distinct().count() >= 6, "a realistic mix of statuses");
        assertTrue(permits.stream().anyMatch(p -> p.getSite().getParcelNumber().startsWith("0")),
                "parcel numbers keep their leading zeros");
    }

    @DatabaseTest
    void demoPermitsCanBeFoundBySearch(TestDb db) {
        Database database = db.database();
        new DemoData(database, CLOCK).addPermits(50, 11L, done -> { });
        Permit any = database.fromTransaction(session -> session.createSelectionQuery(
                "from Permit p join fetch p.site order by p.id desc", Permit.class).setMaxResults(1).getSingleResult());
        PermitSearchService search = new PermitSearchService(database);
        String street = java.util.Arrays.stream(any.getSite().getAddressLine().split(" "))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertTrue(search.search(any.getNumber()).permits().stream().anyMatch(p -> p.id() == any.getId()));
        assertTrue(search.search(street).permits().stream().anyMatch(p -> p.id() == any.getId()),
                "searching " + street + " finds " + any.getNumber());
    }

    @DatabaseTest
    void everyDemoPermitAndContactHasACreatingRevision(TestDb db) {
        Database database = db.database();
        new DemoData(database, CLOCK).addPermits(40, 13L, done -> { });

        assertEquals(0L, database.count("SELECT COUNT(*) FROM permit p WHERE NOT EXISTS (SELECT 1 FROM permit_aud a"
                + " WHERE a.id = p.id AND a.revtype = 0)"), "permits without a creating revision");
        assertEquals(0L, database.count("SELECT COUNT(*) FROM permit_contact c WHERE NOT EXISTS (SELECT 1 FROM"
                + " permit_contact_aud a WHERE a.id = c.id AND a.revtype = 0)"), "contacts without a creating revision");
        long anyPermit = database.count("SELECT MAX(id) FROM permit");
        assertTrue(new PermitChangeLog(database).changes(anyPermit).stream()
                .anyMatch(c -> c.field().equals("Number") && c.by().equals("demo-data")));
    }

    @Test
    void theSameSeedOnTheSameDayGivesTheSamePermits() {
        assertEquals(numbers(), numbers());
    }

    private static List<String> numbers() {
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            new DemoData(db.database(), CLOCK).addPermits(120, 99L, done -> { });
            return db.database().fromTransaction(session -> session.createSelectionQuery(
                    "select p.number || ' ' || p.status || ' ' || s.addressLine from Permit p join p.site s order by p.id",
                    String.class).getResultList());
        }
    }
}
