package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectionStatus;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitInspectionsViewModelTest {

    private static final ZoneId CITY = ZoneId.of("America/Los_Angeles");

    @DatabaseTest
    void aClerkTakesARequestAndARefusedOneKeepsWhatWasTyped(TestDb db) {
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, CITY).toInstant(), CITY);
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "9 Phone Rd",
                "123-456-781", "Owner Name", null);
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of());
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(id, db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion()), action,
                    null, TestUsers.clerk("carmen"));
        }
        PermitInspectionsViewModel vm = new PermitInspectionsViewModel(TaskRunner.sameThread(),
                new InspectionRequestService(db.database(), clock), TestUsers.clerk("carmen"), attachment -> null, file -> { });
        vm.load(id);
        assertEquals(LocalDate.of(2026, 12, 1), vm.dayProperty().get(), "the earliest day is offered");

        vm.typeProperty().set(vm.types().get(0));
        vm.contactNameProperty().set("Pat Doe");
        vm.phoneProperty().set("760 555 0101");
        vm.dayProperty().set(LocalDate.of(2026, 12, 5));
        vm.request();
        assertTrue(vm.messageIsErrorProperty().get());
        assertTrue(vm.messageProperty().get().contains("is a Saturday") && vm.messageProperty().get().contains("email"),
                vm.messageProperty().get());
        assertEquals("Pat Doe", vm.contactNameProperty().get(), "what was typed stays");

        vm.dayProperty().set(LocalDate.of(2026, 12, 1));
        vm.emailProperty().set("pat@example.com");
        vm.request();
        assertEquals(1, vm.inspections().size());
        assertEquals(InspectionStatus.REQUESTED, vm.inspections().get(0).status());
        assertEquals("Requested", PermitInspectionsViewModel.statusText(vm.inspections().get(0)));
        vm.selectedProperty().set(vm.inspections().get(0));
        assertTrue(vm.detailsProperty().get().endsWith(": Requested."), vm.detailsProperty().get());
        assertFalse(vm.hasNoticeProperty().get(), "nothing to open before a result");
        long first = vm.inspections().get(0).id();
        vm.typeProperty().set(vm.types().get(1));
        vm.request();
        assertEquals(2, vm.inspections().size(), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().matches(".+ requested for [A-Z][a-z]{2} \\d{1,2}, \\d{4}, (AM|PM)\\..*"),
                "the day as everywhere else on the screen: " + vm.messageProperty().get());
        assertEquals(first, vm.selectedProperty().get().id(), "the details stay on the inspection the clerk chose");
        assertEquals(vm.inspections().get(1), vm.selectedProperty().get(), "newest first: the new request on top");

        new InspectionRequestService(db.database(), clock).cancelByStaff(first, "Owner called", TestUsers.clerk("carmen"));
        vm.load(id);
        assertEquals("Cancelled: Owner called (carmen)", PermitInspectionsViewModel.statusText(vm.selectedProperty().get()));
        assertTrue(vm.detailsProperty().get().contains(": Cancelled.\nCancel reason: Owner called (carmen)"),
                vm.detailsProperty().get());
    }
}
