package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.staff.NotPermittedException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class InspectionResultServiceTest {

    private static final ZoneId CITY = ZoneId.of("America/Los_Angeles");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, CITY).toInstant(), CITY);

    @DatabaseTest
    void aFailureNeedsCorrectionsAndPassingTheFinalAfterEveryRequiredInspectionFinalsThePermit(TestDb db) {
        long permit = TestPermits.create(db.database(), "WH" + UUID.randomUUID().toString().substring(0, 8),
                "2 Result Way", "123-456-701", "Owner", null);
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), CLOCK, List.of());
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(permit, db.database().fromTransaction(s -> s.find(Permit.class, permit).getVersion()),
                    action, null, TestUsers.clerk("carmen"));
        }
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        long finalType = requests.typesFor(permit).stream().filter(t -> t.getCode().equals("FINAL")).findFirst()
                .orElseThrow().getId();
        InspectionRequest request = new InspectionRequest(finalType, LocalDate.of(2027, 3, 2), TimeWindow.AM, "Pat",
                "(760) 555-0101", "pat@example.com", null);
        InspectionResultService results = new InspectionResultService(db.database(),
                new PermitLifecycleService(db.database(), InspectionFixtures.ON_THE_DAY, List.of()),
                new CorrectionNoticeService(db.database(), new org.permitdesk.platform.report.ReportTemplates(List.of()),
                        "City of Palm Valley"), InspectionFixtures.ON_THE_DAY);
        List<Correction> library = results.library();
        long inspector = InspectionFixtures.inspector(db.database(), "Ray " + UUID.randomUUID());

        long first = requests.request(permit, request, TestUsers.clerk("carmen"));
        new InspectionAssignmentService(db.database()).assign(first, inspector, TestUsers.SUPERVISOR);
        assertThrows(UserFacingException.class, () -> results.record(first, InspectionResult.FAILED, null, List.of(), TestUsers.inspector("ray")));
        String ray = "ray" + UUID.randomUUID().toString().substring(0, 6);
        new org.permitdesk.staff.StaffService(db.database(), new org.permitdesk.platform.security.PasswordHasher(), CLOCK)
                .createUser(ray, "Ray Whitfield", "a long password", java.util.EnumSet.of(
                        org.permitdesk.staff.Role.INSPECTOR), TestUsers.ADMIN);
        InspectionResultService.Outcome failed = results.record(first, InspectionResult.FAILED, "Straps missing",
                List.of(library.stream().filter(c -> c.codeRef().equals("CPC 507.2")).findFirst().orElseThrow(),
                        new Correction(null, "Label the gas shut-off.")), TestUsers.inspector(ray));
        assertFalse(failed.finaled());
        assertTrue(failed.note().startsWith("Correction notice saved with the permit"), failed.note());
        byte[] pdf = db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT content FROM permit_attachment WHERE permit_id = :id", byte[].class)
                .setParameter("id", permit).getSingleResult());
        String text = org.permitdesk.testing.PdfText.of(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("Correction notice", "CPC 507.2", "seismic straps", "Label the gas shut-off.",
                "Water heater final", "Ray Whitfield", "Failed")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains(ray), "the inspector's name, not the sign-in name, is on the notice: " + text);
        assertEquals(PermitStatus.ISSUED, db.database().fromTransaction(s -> s.find(Permit.class, permit).getStatus()));

        long again = requests.request(permit, request, TestUsers.clerk("carmen"));
        new InspectionAssignmentService(db.database()).assign(again, inspector, TestUsers.SUPERVISOR);
        InspectionResultService.Outcome passed = results.record(again, InspectionResult.PASSED, null, List.of(), TestUsers.inspector("ray"));

        assertTrue(passed.finaled(), passed.note());
        assertEquals(PermitStatus.FINALED, db.database().fromTransaction(s -> s.find(Permit.class, permit).getStatus()));
        Long corrections = db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT COUNT(*) FROM inspection_correction WHERE inspection_id = :id", Long.class)
                .setParameter("id", first).getSingleResult());
        assertEquals(2L, corrections.longValue());
    }

    private static final Correction STRAPS = new Correction("CPC 507.2", "Strap the water heater.");
    private static final Correction LABEL = new Correction(null, "Label the gas shut-off.");

    @DatabaseTest
    void aResultIsRecordedOnlyForAnAssignedInspectionFromItsDay(TestDb db) {
        var database = db.database();
        long permit = InspectionFixtures.issuedPermit(database, "3 Early Way", 33.73, -116.36, null);
        long footing = InspectionFixtures.type(database, permit, "FOOTING");
        InspectionRequestService requests = new InspectionRequestService(database, CLOCK);
        long unassigned = requests.request(permit, new InspectionRequest(footing, LocalDate.of(2027, 3, 4),
                TimeWindow.AM, "Pat", "(760) 555-0101", "pat@example.com", null), TestUsers.clerk("carmen"));
        InspectionResultService early = new InspectionResultService(database, InspectionFixtures.lifecycle(database),
                new CorrectionNoticeService(database, InspectionFixtures.TEMPLATES, "City"), CLOCK);

        UserFacingException notAssigned = assertThrows(UserFacingException.class,
                () -> early.record(unassigned, InspectionResult.PASSED, null, List.of(), TestUsers.inspector("ray")));
        long inspector = InspectionFixtures.inspector(database, "Ray " + UUID.randomUUID());
        new InspectionAssignmentService(database).assign(unassigned, inspector, TestUsers.SUPERVISOR);
        UserFacingException tooEarly = assertThrows(UserFacingException.class,
                () -> early.record(unassigned, InspectionResult.PASSED, null, List.of(), TestUsers.inspector("ray")));
        assertThrows(NotPermittedException.class, () -> InspectionFixtures.results(database, null)
                .record(unassigned, InspectionResult.PASSED, null, List.of(), TestUsers.clerk("carmen")));

        assertTrue(notAssigned.getMessage().startsWith("Assign an inspector first"), notAssigned.getMessage());
        assertEquals("This inspection is on Thu, Mar 4: results can be recorded from that day.", tooEarly.getMessage());
        assertEquals(null, inspection(db, unassigned).getResult(), "nothing recorded");

        long today = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        InspectionResultService onTheDay = InspectionFixtures.results(database, null);
        onTheDay.record(today, InspectionResult.FAILED, null, List.of(STRAPS), TestUsers.inspector("ray"));
        UserFacingException twice = assertThrows(UserFacingException.class,
                () -> onTheDay.record(today, InspectionResult.PASSED, null, List.of(), TestUsers.inspector("ray")));
        assertTrue(twice.getMessage().startsWith("This inspection already has a result (Failed, recorded by ray"),
                twice.getMessage());
        assertTrue(twice.getMessage().endsWith("To change it, use Correct result and give the reason."),
                twice.getMessage());
        assertEquals(InspectionResult.FAILED, inspection(db, today).getResult(), "a pass does not overwrite a failure");
    }

    @DatabaseTest
    void aCorrectionNeedsAReasonKeepsTheOldResultAndTheOpenItemsAndNoticeFollowIt(TestDb db) {
        var database = db.database();
        long permit = InspectionFixtures.issuedPermit(database, "4 Correct Ct", 33.73, -116.36, null);
        long footing = InspectionFixtures.type(database, permit, "FOOTING");
        long inspector = InspectionFixtures.inspector(database, "Ray " + UUID.randomUUID());
        long visit = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        InspectionResultService results = InspectionFixtures.results(database, null);
        InspectionRequestService requests = new InspectionRequestService(database, CLOCK);
        results.record(visit, InspectionResult.FAILED, "Straps missing", List.of(STRAPS, LABEL), TestUsers.inspector("ray"));

        UserFacingException noReason = assertThrows(UserFacingException.class, () -> results.correct(visit,
                InspectionResult.PASSED, null, List.of(), " ", TestUsers.inspector("ray")));
        assertThrows(NotPermittedException.class, () -> results.correct(visit, InspectionResult.PASSED, null,
                List.of(), "Wrong stop", TestUsers.clerk("carmen")));
        assertTrue(noReason.getMessage().startsWith("Give the reason for the correction"), noReason.getMessage());

        InspectionResultService.Outcome passed = results.correct(visit, InspectionResult.PASSED, "Straps were there",
                List.of(), "Recorded on the wrong stop", TestUsers.supervisor("dana"));

        assertTrue(passed.note().startsWith("Corrected from failed to passed; the earlier correction notice is marked"
                + " superseded."), passed.note());
        assertEquals(InspectionResult.PASSED, inspection(db, visit).getResult());
        assertEquals(List.of(), requests.openCorrections(permit, footing), "a corrected pass leaves nothing open");
        InspectionRow row = history(db, permit, visit);
        assertFalse(row.hasNotice(), "the failed result's notice is no longer the inspection's notice");
        assertEquals(List.of(), row.corrections());
        assertEquals(1, row.changes().size());
        InspectionRow.ResultChange change = row.changes().get(0);
        assertEquals(InspectionResult.FAILED, change.oldResult());
        assertEquals(InspectionResult.PASSED, change.newResult());
        assertEquals("Straps missing", change.oldNotes());
        assertEquals("CPC 507.2 Strap the water heater.\nLabel the gas shut-off.", change.oldCorrections());
        assertEquals("Recorded on the wrong stop", change.reason());
        assertEquals("dana", change.changedBy());
        String notice = database.fromTransaction(s -> s.createNativeQuery("SELECT file_name FROM permit_attachment"
                + " WHERE permit_id = :id", String.class).setParameter("id", permit).getSingleResult());
        assertTrue(notice.startsWith("Superseded (corrected to Passed) \u2014 Correction notice"), notice);

        org.permitdesk.inspection.ui.PermitInspectionsViewModel screen = new org.permitdesk.inspection.ui
                .PermitInspectionsViewModel(org.permitdesk.platform.TaskRunner.sameThread(), requests, TestUsers.clerk("carmen"),
                attachment -> null, file -> { });
        screen.load(permit);
        screen.selectedProperty().set(screen.inspections().stream().filter(r -> r.id() == visit).findFirst()
                .orElseThrow());
        String details = screen.detailsProperty().get();
        assertTrue(details.contains("\nCorrected from failed to passed by dana, ") && details.endsWith(": Recorded on the"
                + " wrong stop. Was failed, recorded by ray; notes: Straps missing; items: CPC 507.2 Strap the water"
                + " heater.; Label the gas shut-off."), details);

        InspectionResultService.Outcome failed = results.correct(visit, InspectionResult.FAILED, null,
                List.of(LABEL), "The label was missing after all", TestUsers.inspector("ray"));
        assertTrue(failed.notice() != null, "a corrected failure gets its notice");
        assertEquals(List.of(LABEL), requests.openCorrections(permit, footing), "the corrected result's items are open");
        InspectionRow again = history(db, permit, visit);
        assertTrue(again.hasNotice());
        assertEquals(List.of(InspectionResult.FAILED, InspectionResult.PASSED),
                again.changes().stream().map(InspectionRow.ResultChange::oldResult).toList());
    }

    private static Inspection inspection(TestDb db, long id) {
        return db.database().fromTransaction(s -> s.find(Inspection.class, id));
    }

    private static InspectionRow history(TestDb db, long permit, long inspection) {
        return db.database().fromTransaction(s -> InspectionHistory.of(s, permit)).stream()
                .filter(r -> r.id() == inspection).findFirst().orElseThrow();
    }
}
