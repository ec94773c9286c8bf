package org.permitdesk.inspection;

import org.permitdesk.testing.TestStaff;

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
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

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
                    action, null, TestStaff.CLERK);
        }
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        long finalType = requests.typesFor(permit).stream().filter(t -> t.getCode().equals("FINAL")).findFirst()
                .orElseThrow().getId();
        InspectionRequest request = new InspectionRequest(finalType, LocalDate.of(2027, 3, 2), TimeWindow.AM, "Pat",
                "(760) 555-0101", "pat@example.com", null);
        InspectionResultService results = new InspectionResultService(db.database(), lifecycle,
                new CorrectionNoticeService(db.database(), new org.permitdesk.platform.report.ReportTemplates(List.of()), "City of Palm Valley"), CLOCK);
        List<Correction> library = results.library();

        long first = requests.request(permit, request, "carmen");
        assertThrows(UserFacingException.class, () -> results.record(first, InspectionResult.FAILED, null, List.of(), TestStaff.INSPECTOR));
        InspectionResultService.Outcome failed = results.record(first, InspectionResult.FAILED, "Straps missing",
                List.of(library.stream().filter(c -> c.codeRef().equals("CPC 507.2")).findFirst().orElseThrow(),
                        new Correction(null, "Label the gas shut-off.")), TestStaff.INSPECTOR);
        assertFalse(failed.finaled());
        assertTrue(failed.note().startsWith("Correction notice saved with the permit"), failed.note());
        byte[] pdf = db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT content FROM permit_attachment WHERE permit_id = :id", byte[].class)
                .setParameter("id", permit).getSingleResult());
        String text = org.permitdesk.testing.PdfText.of(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("Correction notice", "CPC 507.2", "seismic straps", "Label the gas shut-off.",
                "Water heater final", "ray", "Failed")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertEquals(PermitStatus.ISSUED, db.database().fromTransaction(s -> s.find(Permit.class, permit).getStatus()));

        long again = requests.request(permit, request, "carmen");
        InspectionResultService.Outcome passed = results.record(again, InspectionResult.PASSED, null, List.of(), TestStaff.INSPECTOR);

        assertTrue(passed.finaled(), passed.note());
        assertEquals(PermitStatus.FINALED, db.database().fromTransaction(s -> s.find(Permit.class, permit).getStatus()));
        Long corrections = db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT COUNT(*) FROM inspection_correction WHERE inspection_id = :id", Long.class)
                .setParameter("id", first).getSingleResult());
        assertEquals(2L, corrections.longValue());
    }
}
