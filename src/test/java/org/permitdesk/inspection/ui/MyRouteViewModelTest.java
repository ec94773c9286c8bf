package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.DayPublicationService;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.inspection.TestInspections;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class MyRouteViewModelTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T13:00:00Z");

    @DatabaseTest
    void theInspectorSeesWhatChangedOnTheirRouteSinceTheDayWasPublished(TestDb db) {
        MutableClock clock = new MutableClock(MONDAY);
        LocalDate day = LocalDate.of(2027, 3, 2);
        long alex = TestInspections.inspector(db.database(), clock, "Alex " + UUID.randomUUID(), null);
        String blairName = "Blair " + UUID.randomUUID();
        long blair = TestInspections.inspector(db.database(), clock, blairName, null);
        long kept = TestInspections.request(db.database(), clock, day, "1 Route St", 33.73, -116.36, TimeWindow.AM);
        long movedAway = TestInspections.request(db.database(), clock, day, "2 Route St", 33.74, -116.36, TimeWindow.AM);
        long cancelled = TestInspections.request(db.database(), clock, day, "3 Route St", 33.75, -116.36, TimeWindow.PM);
        long added = TestInspections.request(db.database(), clock, day, "4 Route St", null, null, TimeWindow.PM);
        InspectionAssignmentService board = new InspectionAssignmentService(db.database(), clock);
        board.accept(Map.of(kept, alex, movedAway, alex, cancelled, alex), TestUsers.SUPERVISOR);
        MyRouteViewModel vm = route(db, clock, alex, day);
        vm.load();
        assertEquals("Not published yet: the supervisor may still change this day's assignments.",
                vm.publicationProperty().get());

        clock.advance(Duration.ofMinutes(220));
        new DayPublicationService(db.database(), clock).publish(day, TestUsers.supervisor("Sam Ortiz"));
        vm.load();
        assertEquals("Published Mon Mar 1, 4:40 PM by Sam Ortiz. No changes to your route since.",
                vm.publicationProperty().get());

        clock.advance(Duration.ofHours(14).plusMinutes(32));
        board.assign(added, alex, TestUsers.SUPERVISOR);
        board.assign(movedAway, blair, TestUsers.SUPERVISOR);
        new InspectionRequestService(db.database(), clock).cancelByStaff(cancelled, "Owner called", TestUsers.clerk("carmen"));
        vm.load();

        assertEquals("Published Mon Mar 1, 4:40 PM by Sam Ortiz. 3 changes to your route since (highlighted).",
                vm.publicationProperty().get());
        assertEquals(List.of(kept, added), vm.stops().stream().map(Stop::inspectionId).toList());
        assertEquals("", vm.changeOf(vm.stops().get(0)));
        assertEquals("Changed 7:12 AM \u2014 added", vm.changeOf(vm.stops().get(1)));
        assertEquals(Set.of(added), vm.changedStopIds());
        assertEquals(2, vm.removedStops().size());
        assertTrue(vm.removedStops().stream().anyMatch(line -> line.startsWith("2 Route St (")
                && line.endsWith(" \u2014 moved to " + blairName + ", 7:12 AM")), vm.removedStops().toString());
        assertTrue(vm.removedStops().stream().anyMatch(line -> line.startsWith("3 Route St (")
                && line.endsWith(" \u2014 cancelled, 7:12 AM")), vm.removedStops().toString());
        assertEquals(List.of(added), vm.withoutLocation().stream().map(Stop::inspectionId).toList(),
                "the stop without coordinates is listed beside the plot");
        assertEquals(db.database().fromTransaction(org.permitdesk.inspection.InspectionSettingsService::office), vm.officeProperty().get());

        MyRouteViewModel blairs = route(db, clock, blair, day);
        blairs.load();
        assertTrue(blairs.changeOf(blairs.stops().get(0)).startsWith("Changed 7:12 AM \u2014 moved from Alex "),
                blairs.changeOf(blairs.stops().get(0)));
    }

    static MyRouteViewModel route(TestDb db, MutableClock clock, long inspector, LocalDate day) {
        return new MyRouteViewModel(TaskRunner.sameThread(), new InspectorRouteService(db.database()),
                new InspectionResultService(db.database(), new PermitLifecycleService(db.database(), clock, List.of()),
                        new CorrectionNoticeService(db.database(), new ReportTemplates(List.of()), "City"), clock),
                new DayPublicationService(db.database(), clock), ZoneOffset.UTC, org.permitdesk.inspection.InspectionFixtures.signedIn(inspector, "alex"), day, null, null);
    }
}
