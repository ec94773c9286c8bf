package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.permitdesk.inspection.DayPublicationService;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.inspection.InspectionAssignmentService.BoardRow;
import org.permitdesk.inspection.InspectionAssignmentService.InspectorLoad;
import org.permitdesk.inspection.TestInspections;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** The board's commands as the keyboard and drag and drop use them (the drop handlers call exactly these). */
class AssignmentBoardViewModelTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T13:00:00Z");

    @DatabaseTest
    void aRequestDraggedOntoAnInspectorIsAssignedAndDraggedBackIsNot(TestDb db) {
        MutableClock clock = new MutableClock(MONDAY);
        LocalDate day = LocalDate.of(2027, 3, 2);
        String alexName = "Alex " + UUID.randomUUID();
        long alex = TestInspections.inspector(db.database(), clock, alexName, null);
        long request = TestInspections.request(db.database(), clock, day, "12 Drag St", 33.73, -116.36, TimeWindow.PM);
        AssignmentBoardViewModel vm = board(db, clock, day);
        vm.load();

        vm.dropOnInspector(request, inspector(vm, alex));

        assertEquals(alexName, row(vm, request).inspectorName());
        assertTrue(vm.messageProperty().get().startsWith("12 Drag St (PM) assigned to " + alexName + "."),
                vm.messageProperty().get());
        assertEquals(1, inspector(vm, alex).pm(), "the PM load counts it");

        vm.dropOnInspector(request, inspector(vm, alex));
        assertEquals("12 Drag St is already on " + alexName + "'s route.", vm.messageProperty().get());

        vm.dropOnUnassigned(request);
        assertNull(row(vm, request).inspectorId());
        assertEquals(0, inspector(vm, alex).pm());
    }

    @DatabaseTest
    void anImpossibleDayTypedIsNotPublishedNorReadAsAnotherDay(TestDb db) {
        MutableClock clock = new MutableClock(MONDAY);
        LocalDate day = LocalDate.of(2027, 3, 4);
        TestInspections.request(db.database(), clock, day, "18 Drag St", 33.73, -116.36, TimeWindow.AM);
        AssignmentBoardViewModel vm = board(db, clock, day);
        vm.load();

        vm.dayEntry().typed("2/30/2027");
        vm.publish();

        assertEquals("2/30/2027 is not a date: February 2027 has 28 days. The board still shows Thu Mar 4.",
                vm.messageProperty().get());
        assertEquals(day, vm.dayProperty().get(), "not February 28");
        assertTrue(vm.publicationProperty().get().startsWith("Not published yet."), vm.publicationProperty().get());
    }

    @DatabaseTest
    void afterPublishingTheBoardShowsWhoPublishedAndEachChangeSince(TestDb db) {
        MutableClock clock = new MutableClock(MONDAY);
        LocalDate day = LocalDate.of(2027, 3, 3);
        String alexName = "Alex " + UUID.randomUUID();
        String blairName = "Blair " + UUID.randomUUID();
        long alex = TestInspections.inspector(db.database(), clock, alexName, null);
        long blair = TestInspections.inspector(db.database(), clock, blairName, null);
        long request = TestInspections.request(db.database(), clock, day, "14 Drag St", 33.73, -116.36, TimeWindow.AM);
        long open = TestInspections.request(db.database(), clock, day, "16 Drag St", null, null, TimeWindow.AM);
        AssignmentBoardViewModel vm = board(db, clock, day);
        assertEquals("Publish Wed Mar 3", vm.publishTextProperty().get());
        vm.load();
        assertTrue(vm.publicationProperty().get().startsWith("Not published yet."), vm.publicationProperty().get());
        vm.dropOnInspector(request, inspector(vm, alex));

        clock.advance(Duration.ofMinutes(220));
        vm.publish();
        assertTrue(vm.messageProperty().get().startsWith("Published Wed Mar 3; 1 request is not assigned yet."),
                vm.messageProperty().get());
        assertEquals("Published Mon Mar 1, 4:40 PM by Sam Ortiz. No changes since.", vm.publicationProperty().get());

        clock.advance(Duration.ofHours(38).plusMinutes(32)); // Wednesday 07:12
        vm.dropOnInspector(request, inspector(vm, blair));
        vm.dropOnInspector(open, inspector(vm, blair));

        assertEquals("moved from " + alexName + " 7:12 AM", vm.changeOf(row(vm, request)));
        assertEquals("added 7:12 AM", vm.changeOf(row(vm, open)));
        assertTrue(vm.publicationProperty().get().startsWith("Published Mon Mar 1, 4:40 PM by Sam Ortiz. 2 changes since"),
                vm.publicationProperty().get());
        assertEquals(1, vm.changesFor(inspector(vm, alex)));
        assertEquals(2, vm.changesFor(inspector(vm, blair)));
    }

    static AssignmentBoardViewModel board(TestDb db, MutableClock clock, LocalDate day) {
        return new AssignmentBoardViewModel(TaskRunner.sameThread(), new InspectionAssignmentService(db.database(), clock),
                new DayPublicationService(db.database(), clock), TestUsers.supervisor("Sam Ortiz"), ZoneOffset.UTC, day);
    }

    private static BoardRow row(AssignmentBoardViewModel vm, long id) {
        return vm.rows().stream().filter(r -> r.inspectionId() == id).findFirst().orElseThrow();
    }

    private static InspectorLoad inspector(AssignmentBoardViewModel vm, long id) {
        return vm.inspectors().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }
}
