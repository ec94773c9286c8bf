package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class InspectionAssignmentServiceTest {

    private static final ZoneId CITY = ZoneId.of("America/Los_Angeles");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, CITY).toInstant(), CITY);
    private static final LocalDate DAY = LocalDate.of(2027, 3, 2);

    private static long requestAt(TestDb db, Double lat, Double lon, TimeWindow window) {
        long permit = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8),
                "1 Board St", "123-456-700", "Owner", null);
        db.database().inTransaction(s -> s.createNativeMutationQuery("UPDATE site SET latitude = :lat, longitude = :lon"
                        + " WHERE id = (SELECT site_id FROM permit WHERE id = :id)")
                .setParameter("lat", lat).setParameter("lon", lon).setParameter("id", permit).executeUpdate());
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), CLOCK, List.of());
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(permit, db.database().fromTransaction(s -> s.find(Permit.class, permit).getVersion()),
                    action, null, TestUsers.clerk("carmen"));
        }
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        return requests.request(permit, new InspectionRequest(requests.typesFor(permit).get(0).getId(), DAY, window,
                "Pat Doe", "(760) 555-0101", "pat@example.com", null), TestUsers.clerk("carmen"));
    }

    private static long inspector(TestDb db, String name, String district) {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), CLOCK);
        String username = "insp" + UUID.randomUUID().toString().substring(0, 6);
        staff.createUser(username, name, "a long password", EnumSet.of(Role.INSPECTOR), TestUsers.ADMIN);
        return db.database().fromTransaction(s -> {
            s.createNativeMutationQuery("UPDATE staff_user SET district = :d WHERE username = :u")
                    .setParameter("d", district).setParameter("u", username).executeUpdate();
            return s.createNativeQuery("SELECT id FROM staff_user WHERE username = :u", Long.class)
                    .setParameter("u", username).getSingleResult();
        });
    }

    @DatabaseTest
    void theProposalKeepsInspectorsInTheirDistrictAndBalancesTheRest(TestDb db) {
        InspectionAssignmentService board = new InspectionAssignmentService(db.database());
        // Other tests' inspectors may share this database: this test's day and names keep it apart.
        long ne = inspector(db, "Aa North-East " + UUID.randomUUID(), "NE");
        long sw = inspector(db, "Ab South-West " + UUID.randomUUID(), "SW");
        long anywhere = inspector(db, "Ac Anywhere " + UUID.randomUUID(), null);
        long ne1 = requestAt(db, 33.80, -116.30, TimeWindow.AM);
        long ne2 = requestAt(db, 33.75, -116.35, TimeWindow.AM);
        long sw1 = requestAt(db, 33.70, -116.40, TimeWindow.PM);
        long noCoordinates = requestAt(db, null, null, TimeWindow.AM);

        Map<Long, Long> proposal = board.propose(DAY, TestUsers.SUPERVISOR);

        assertEquals(Map.of(ne1, ne, ne2, ne, sw1, sw), proposal.entrySet().stream()
                .filter(e -> e.getKey() != noCoordinates).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(anywhere, proposal.get(noCoordinates), "no district: an inspector who works anywhere");
        board.accept(proposal, TestUsers.SUPERVISOR);
        InspectionAssignmentService.InspectorLoad north = board.board(DAY).inspectors().stream()
                .filter(i -> i.id() == ne).findFirst().orElseThrow();
        assertEquals(2, north.am());
        assertEquals(0, north.pm());

        board.assign(ne2, null, TestUsers.SUPERVISOR);
        assertNull(board.board(DAY).rows().stream().filter(r -> r.inspectionId() == ne2).findFirst().orElseThrow()
                .inspectorId());
        assertEquals(InspectionStatus.REQUESTED, db.database().fromTransaction(s -> s.find(Inspection.class, ne2).getStatus()));
    }

    @DatabaseTest
    void theBoardShowsTheProposalBesideEachRequestUntilItIsAccepted(TestDb db) {
        LocalDate day = LocalDate.of(2027, 3, 2);
        long inspectorId = inspector(db, "Zz Board " + UUID.randomUUID(), null);
        long request = requestAt(db, 33.80, -116.30, TimeWindow.PM);
        org.permitdesk.inspection.ui.AssignmentBoardViewModel vm = new org.permitdesk.inspection.ui.AssignmentBoardViewModel(
                org.permitdesk.platform.TaskRunner.sameThread(), new InspectionAssignmentService(db.database()),
                new DayPublicationService(db.database(), CLOCK), TestUsers.supervisor("Sam Ortiz"), CITY, day);
        vm.load();
        InspectionAssignmentService.BoardRow row = vm.rows().stream().filter(r -> r.inspectionId() == request)
                .findFirst().orElseThrow();

        vm.propose();
        String proposed = vm.proposedFor(row);
        vm.acceptProposal();

        InspectionAssignmentService.BoardRow assigned = vm.rows().stream().filter(r -> r.inspectionId() == request)
                .findFirst().orElseThrow();
        assertEquals(proposed, assigned.inspectorName());
        assertEquals("", vm.proposedFor(assigned), "the proposal is done");
        assertEquals(true, vm.inspectors().stream().anyMatch(i -> i.id() == inspectorId));
    }

    @DatabaseTest
    void theInspectorsRouteIsAmBeforePmWithStopsWithoutCoordinatesLastInTheirHalfDay(TestDb db) {
        LocalDate day = LocalDate.of(2027, 3, 2);
        long inspectorId = inspector(db, "Route " + UUID.randomUUID(), null);
        long pmNear = requestAt(db, 33.7230, -116.3740, TimeWindow.PM);
        long amFar = requestAt(db, 33.7800, -116.3000, TimeWindow.AM);
        long amNear = requestAt(db, 33.7240, -116.3730, TimeWindow.AM);
        long amUnknown = requestAt(db, null, null, TimeWindow.AM);
        InspectionAssignmentService board = new InspectionAssignmentService(db.database());
        for (long id : List.of(pmNear, amFar, amNear, amUnknown)) {
            board.assign(id, inspectorId, TestUsers.SUPERVISOR);
        }

        InspectorRouteService.DayRoute route = new InspectorRouteService(db.database()).route(inspectorId, day);

        List<Long> order = route.stops().stream().map(InspectorRouteService.Stop::inspectionId).toList();
        // The located AM stops in whichever order makes the whole day shortest (far first here, ending near
        // the PM stop), then the AM stop without coordinates, then PM.
        assertEquals(java.util.Set.of(amNear, amFar), java.util.Set.copyOf(order.subList(0, 2)));
        assertEquals(List.of(amUnknown, pmNear), order.subList(2, 4));
        assertEquals(false, route.stops().get(2).located());
        assertEquals("Pat Doe", route.stops().get(0).contact());
        assertEquals("N QUILLBACK AVE 00001432", InspectorRouteService.streetOrderKey("1432 N Quillback Ave"));
    }

    @DatabaseTest
    void theInspectorRecordsAResultFromTheRouteScreen(TestDb db) {
        LocalDate day = LocalDate.of(2027, 3, 2);
        long inspectorId = inspector(db, "Screen " + UUID.randomUUID(), null);
        long stop = requestAt(db, 33.7300, -116.3600, TimeWindow.AM);
        new InspectionAssignmentService(db.database()).assign(stop, inspectorId, TestUsers.SUPERVISOR);
        org.permitdesk.inspection.ui.MyRouteViewModel vm = new org.permitdesk.inspection.ui.MyRouteViewModel(
                org.permitdesk.platform.TaskRunner.sameThread(), new InspectorRouteService(db.database()),
                new InspectionResultService(db.database(), new PermitLifecycleService(db.database(),
                        InspectionFixtures.ON_THE_DAY, List.of()), new CorrectionNoticeService(db.database(),
                        new org.permitdesk.platform.report.ReportTemplates(List.of()), "City"), InspectionFixtures.ON_THE_DAY),
                new DayPublicationService(db.database(), CLOCK), CITY, InspectionFixtures.signedIn(inspectorId, "ray"), day, null, null);
        vm.load();
        assertEquals(1, vm.stops().size());

        vm.recordResult(vm.stops().get(0), InspectionResult.FAILED, null, List.of());
        assertEquals(true, vm.messageProperty().get().contains("needs at least one correction item"),
                vm.messageProperty().get());
        vm.recordResult(vm.stops().get(0), InspectionResult.PASSED, null, List.of());
        assertEquals(true, vm.messageProperty().get().endsWith("passed recorded."), vm.messageProperty().get());
    }
}
