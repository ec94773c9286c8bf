package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.permitdesk.inspection.DayPublicationService.ChangeKind;
import org.permitdesk.inspection.DayPublicationService.DayChanges;
import org.permitdesk.inspection.DayPublicationService.StopChange;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class DayPublicationServiceTest {

    /** Monday 1 March 2027, 13:00 UTC (before the cut-off); requests are taken for the days after. */
    private static final Instant MONDAY_AFTERNOON = Instant.parse("2027-03-01T13:00:00Z");

    @DatabaseTest
    void afterPublishingEveryChangeToTheDayIsShownToTheInspectorsItConcerns(TestDb db) {
        MutableClock clock = new MutableClock(MONDAY_AFTERNOON);
        LocalDate day = LocalDate.of(2027, 3, 2);
        long alex = TestInspections.inspector(db.database(), clock, "Alex " + UUID.randomUUID(), null);
        long blair = TestInspections.inspector(db.database(), clock, "Blair " + UUID.randomUUID(), null);
        long cancelled = TestInspections.request(db.database(), clock, day, "1 Elm St", 33.73, -116.36, TimeWindow.AM);
        long moved = TestInspections.request(db.database(), clock, day, "2 Elm St", 33.74, -116.36, TimeWindow.AM);
        long takenOff = TestInspections.request(db.database(), clock, day, "3 Elm St", 33.75, -116.36, TimeWindow.PM);
        long added = TestInspections.request(db.database(), clock, day, "4 Elm St", 33.76, -116.36, TimeWindow.PM);
        long untouched = TestInspections.request(db.database(), clock, day, "5 Elm St", 33.77, -116.36, TimeWindow.PM);
        InspectionAssignmentService board = new InspectionAssignmentService(db.database(), clock);
        board.accept(Map.of(cancelled, alex, moved, alex, untouched, alex, takenOff, blair), TestUsers.SUPERVISOR);
        DayPublicationService publications = new DayPublicationService(db.database(), clock);
        assertTrue(publications.changes(day).publication().isEmpty(), "not published yet");

        clock.advance(Duration.ofMinutes(220));
        publications.publish(day, TestUsers.supervisor("Sam Ortiz"));
        DayChanges justPublished = publications.changes(day);
        assertEquals("Sam Ortiz", justPublished.publication().orElseThrow().publishedBy());
        assertEquals(Instant.parse("2027-03-01T16:40:00Z"), justPublished.publication().orElseThrow().publishedAt());
        assertEquals(List.of(), justPublished.changes(), "nothing changed since publishing");

        clock.advance(Duration.ofHours(14).plusMinutes(32)); // Tuesday 07:12
        board.assign(added, alex, TestUsers.SUPERVISOR);
        board.assign(moved, blair, TestUsers.SUPERVISOR);
        board.assign(takenOff, null, TestUsers.SUPERVISOR);
        board.assign(untouched, alex, TestUsers.SUPERVISOR); // the same inspector again: no change
        new InspectionRequestService(db.database(), clock).cancelByStaff(cancelled, "Owner called", TestUsers.clerk("carmen"));

        List<StopChange> changes = publications.changes(day).changes();
        assertEquals(Map.of(added, ChangeKind.ADDED, moved, ChangeKind.MOVED, takenOff, ChangeKind.UNASSIGNED,
                cancelled, ChangeKind.CANCELLED), kinds(changes));
        assertTrue(changes.stream().allMatch(c -> Instant.parse("2027-03-02T07:12:00Z").equals(c.at())),
                changes.toString());
        StopChange move = change(changes, moved);
        assertEquals(alex, move.formerInspectorId());
        assertEquals(blair, move.inspectorId());
        assertTrue(move.formerInspectorName().startsWith("Alex "));
        assertEquals("2 Elm St", move.address());

        assertEquals(List.of(added), changes.stream().filter(c -> c.changedOnRouteOf(alex)).map(StopChange::inspectionId).toList());
        assertEquals(Map.of(cancelled, ChangeKind.CANCELLED, moved, ChangeKind.MOVED),
                kinds(changes.stream().filter(c -> c.removedFromRouteOf(alex)).toList()));
        assertEquals(List.of(moved), changes.stream().filter(c -> c.changedOnRouteOf(blair)).map(StopChange::inspectionId).toList());
        assertEquals(List.of(takenOff), changes.stream().filter(c -> c.removedFromRouteOf(blair)).map(StopChange::inspectionId).toList());
        assertEquals(Map.of(alex, 3, blair, 2), DayPublicationService.changesPerInspector(changes));

        clock.advance(Duration.ofMinutes(5));
        publications.publish(day, TestUsers.supervisor("Sam Ortiz"));
        DayChanges republished = publications.changes(day);
        assertEquals(List.of(), republished.changes(), "publishing again starts afresh");
        assertEquals(Instant.parse("2027-03-02T07:17:00Z"), republished.publication().orElseThrow().publishedAt());
    }

    @DatabaseTest
    void aDayThatIsNotPublishedHasNoChanges(TestDb db) {
        MutableClock clock = new MutableClock(MONDAY_AFTERNOON);
        LocalDate day = LocalDate.of(2027, 3, 3);
        long inspector = TestInspections.inspector(db.database(), clock, "Casey " + UUID.randomUUID(), null);
        long request = TestInspections.request(db.database(), clock, day, "9 Oak St", null, null, TimeWindow.AM);
        new InspectionAssignmentService(db.database(), clock).assign(request, inspector, TestUsers.SUPERVISOR);

        DayChanges changes = new DayPublicationService(db.database(), clock).changes(day);

        assertTrue(changes.publication().isEmpty());
        assertEquals(List.of(), changes.changes());
    }

    @DatabaseTest
    void aRequestAssignedAfterPublishingThatWasNeverOnARouteIsAdded(TestDb db) {
        MutableClock clock = new MutableClock(MONDAY_AFTERNOON);
        LocalDate day = LocalDate.of(2027, 3, 4);
        long inspector = TestInspections.inspector(db.database(), clock, "Drew " + UUID.randomUUID(), null);
        long request = TestInspections.request(db.database(), clock, day, "7 Oak St", 33.7, -116.3, TimeWindow.PM);
        DayPublicationService publications = new DayPublicationService(db.database(), clock);
        publications.publish(day, TestUsers.supervisor("Sam Ortiz"));
        InspectionAssignmentService board = new InspectionAssignmentService(db.database(), clock);
        board.assign(request, inspector, TestUsers.SUPERVISOR);
        board.assign(request, null, TestUsers.SUPERVISOR);

        assertEquals(List.of(), publications.changes(day).changes(), "assigned and taken off again: as published");
    }

    @org.junit.jupiter.api.Test
    void aStopMovedToTheOtherHalfDayIsAChange() {
        assertEquals(ChangeKind.WINDOW, DayPublicationService.kind(false, 1L, 1L, TimeWindow.PM, TimeWindow.AM));
        assertNull(DayPublicationService.kind(false, 1L, 1L, TimeWindow.AM, TimeWindow.AM));
        assertNull(DayPublicationService.kind(true, null, null, TimeWindow.AM, null), "cancelled, never on a route");
    }

    private static Map<Long, ChangeKind> kinds(List<StopChange> changes) {
        return changes.stream().collect(java.util.stream.Collectors.toMap(StopChange::inspectionId, StopChange::kind));
    }

    private static StopChange change(List<StopChange> changes, long inspectionId) {
        return changes.stream().filter(c -> c.inspectionId() == inspectionId).findFirst().orElseThrow();
    }
}
