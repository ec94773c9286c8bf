package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.permitdesk.inspection.InspectionFixtures.CLOCK;

import java.util.List;
import java.util.UUID;
import org.permitdesk.inspection.ui.PermitInspectionsViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** A reinspection starts with the correction items still open from the last failed or partial visit. */
class ReinspectionTest {

    private static final Correction STRAPS = new Correction("CPC 507.2", "Strap the water heater.");
    private static final Correction BOLTS = new Correction(null, "Anchor bolts missing at the garage wall.");

    @DatabaseTest
    void theOpenItemsAreThoseOfTheLastFailedOrPartialVisitUntilTheTypePasses(TestDb db) {
        var database = db.database();
        long inspector = InspectionFixtures.inspector(database, "Ray " + UUID.randomUUID());
        long permit = InspectionFixtures.issuedPermit(database, "10 Reinspect Rd", 33.73, -116.36, null);
        long footing = InspectionFixtures.type(database, permit, "FOOTING");
        long framing = InspectionFixtures.type(database, permit, "FRAMING");
        InspectionRequestService requests = new InspectionRequestService(database, CLOCK);
        InspectionResultService results = InspectionFixtures.results(database, null);
        assertEquals(List.of(), requests.openCorrections(permit, footing), "a first inspection starts empty");

        long first = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        results.record(first, InspectionResult.FAILED, null, List.of(STRAPS, BOLTS), TestUsers.inspector("ray"));
        assertEquals(List.of(STRAPS, BOLTS), requests.openCorrections(permit, footing));
        assertEquals(List.of(), requests.openCorrections(permit, framing), "another type has its own items");

        long second = InspectionFixtures.assigned(database, permit, footing, TimeWindow.PM, inspector);
        assertEquals(List.of(STRAPS, BOLTS), stop(db, inspector, second).openCorrections(),
                "the inspector's stop lists the open items");
        assertTrue(stop(db, inspector, second).openCorrectionsText().contains("CPC 507.2 Strap the water heater."));
        assertEquals(List.of(), stop(db, inspector, first).openCorrections(), "nothing was open before the first visit");
        results.record(second, InspectionResult.NO_ACCESS, "Gate locked", List.of(), TestUsers.inspector("ray"));
        assertEquals(List.of(STRAPS, BOLTS), requests.openCorrections(permit, footing), "no access corrects nothing");

        long third = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        results.record(third, InspectionResult.PARTIAL, null, List.of(BOLTS), TestUsers.inspector("ray"));
        assertEquals(List.of(BOLTS), requests.openCorrections(permit, footing), "a partial keeps what is still open");
        assertEquals(List.of(STRAPS, BOLTS), stop(db, inspector, third).openCorrections(),
                "the stop still shows what was open when the inspector arrived");

        long fourth = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        results.record(fourth, InspectionResult.PASSED, null, List.of(), TestUsers.inspector("ray"));
        assertEquals(List.of(), requests.openCorrections(permit, footing), "passing closes every item");
    }

    @DatabaseTest
    void theRequestFormShowsTheOpenItemsOfTheChosenType(TestDb db) {
        var database = db.database();
        long inspector = InspectionFixtures.inspector(database, "Ray " + UUID.randomUUID());
        long permit = InspectionFixtures.issuedPermit(database, "12 Reinspect Rd", 33.73, -116.36, null);
        long footing = InspectionFixtures.type(database, permit, "FOOTING");
        long failed = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        InspectionFixtures.results(database, null).record(failed, InspectionResult.FAILED, null, List.of(STRAPS), TestUsers.inspector("ray"));
        PermitInspectionsViewModel form = new PermitInspectionsViewModel(TaskRunner.sameThread(),
                new InspectionRequestService(database, CLOCK), TestUsers.clerk("carmen"), attachment -> null, file -> { });
        form.load(permit);

        form.typeProperty().set(form.types().stream().filter(t -> t.getCode().equals("FRAMING")).findFirst().orElseThrow());
        assertEquals("", form.openCorrectionsTextProperty().get());
        form.typeProperty().set(form.types().stream().filter(t -> t.getId() == footing).findFirst().orElseThrow());
        assertEquals(List.of(STRAPS), form.openCorrections());
        assertTrue(form.openCorrectionsTextProperty().get().startsWith("Reinspection: starts with the 1 correction item"
                + " still open from the last visit"), form.openCorrectionsTextProperty().get());
        assertTrue(form.openCorrectionsTextProperty().get().contains("CPC 507.2 Strap the water heater."));

        form.dayProperty().set(InspectionFixtures.DAY);
        form.contactNameProperty().set("Pat Doe");
        form.phoneProperty().set("(760) 555-0101");
        form.emailProperty().set("pat@example.com");
        form.request();
        assertTrue(form.messageProperty().get().contains("reinspection: the inspector's stop lists the 1 open"
                + " correction item"), form.messageProperty().get());
    }

    @DatabaseTest
    void aCorrectedResultDecidesWhatIsOpenInTheOrderOfTheVisits(TestDb db) {
        var database = db.database();
        long inspector = InspectionFixtures.inspector(database, "Ray " + UUID.randomUUID());
        long permit = InspectionFixtures.issuedPermit(database, "14 Reinspect Rd", 33.73, -116.36, null);
        long footing = InspectionFixtures.type(database, permit, "FOOTING");
        InspectionRequestService requests = new InspectionRequestService(database, CLOCK);
        InspectionResultService results = InspectionFixtures.results(database, null);
        long first = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        results.record(first, InspectionResult.FAILED, null, List.of(STRAPS, BOLTS), TestUsers.inspector("ray"));

        results.correct(first, InspectionResult.PASSED, null, List.of(), "Wrong permit", TestUsers.inspector("ray"));
        assertEquals(List.of(), requests.openCorrections(permit, footing), "a corrected pass closes the items");
        long second = InspectionFixtures.assigned(database, permit, footing, TimeWindow.PM, inspector);
        assertEquals(List.of(), stop(db, inspector, second).openCorrections(), "the next visit starts with nothing open");

        results.record(second, InspectionResult.FAILED, null, List.of(BOLTS), TestUsers.inspector("ray"));
        results.correct(first, InspectionResult.PARTIAL, null, List.of(STRAPS), "Only the straps were done",
                TestUsers.supervisor("dana"));
        assertEquals(List.of(BOLTS), requests.openCorrections(permit, footing),
                "the latest visit decides, even when an earlier one is corrected afterwards");
        assertEquals(List.of(STRAPS), stop(db, inspector, second).openCorrections(),
                "the second visit now starts with what the corrected first one left open");
    }

    private static InspectorRouteService.Stop stop(TestDb db, long inspector, long inspection) {
        return new InspectorRouteService(db.database()).route(inspector, InspectionFixtures.DAY).stops().stream()
                .filter(s -> s.inspectionId() == inspection).findFirst().orElseThrow();
    }
}
