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
import org.permitdesk.permit.TestPermits;
import org.permitdesk.permit.review.ConditionKind;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class InspectionRequestServiceTest {

    private static final ZoneId CITY = ZoneId.of("America/Los_Angeles");
    /** Monday 30 November 2026, 10:00 in the city. */
    private static final Clock MONDAY_10AM = Clock.fixed(ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, CITY).toInstant(), CITY);

    private static long issuedPermit(TestDb db, Clock clock) {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "3 Inspect Ct",
                "123-456-789", "Owner Name", null);
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of());
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            long version = db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
            lifecycle.perform(id, version, action, null, TestUsers.clerk("carmen"));
        }
        return id;
    }

    private static InspectionRequest request(long typeId, LocalDate day) {
        return new InspectionRequest(typeId, day, TimeWindow.AM, "Pat Doe", "(760) 555-0101", "pat@example.com",
                "Gate code 4321");
    }

    private static String refusal(InspectionRequestService service, long permitId, InspectionRequest request) {
        return assertThrows(UserFacingException.class, () -> service.request(permitId, request, TestUsers.clerk("carmen"))).getMessage();
    }

    @DatabaseTest
    void theNextBusinessDayUpToSevenDaysAheadOnWeekdaysThatAreNotHolidays(TestDb db) {
        InspectionRequestService service = new InspectionRequestService(db.database(), MONDAY_10AM);
        long permit = issuedPermit(db, MONDAY_10AM);
        List<InspectionType> types = service.typesFor(permit);
        long framing = types.stream().filter(t -> t.getCode().equals("FRAMING")).findFirst().orElseThrow().getId();

        long id = service.request(permit, request(framing, LocalDate.of(2026, 12, 1)), TestUsers.clerk("carmen"));

        assertTrue(id > 0);
        assertEquals("Footing / foundation", types.get(0).getName(), "in their usual order");
        assertEquals(LocalDate.of(2026, 12, 1), service.earliestDay());
        assertTrue(refusal(service, permit, request(framing, LocalDate.of(2026, 11, 30)))
                .contains("The earliest day that can be requested now is Dec 1, 2026."));
        assertTrue(refusal(service, permit, request(framing, LocalDate.of(2026, 12, 5)))
                .contains("Dec 5, 2026 is a Saturday: inspections are Monday to Friday."));
        assertTrue(refusal(service, permit, request(framing, LocalDate.of(2026, 12, 8)))
                .contains("at most 7 days ahead, until Dec 7, 2026."));
    }

    @DatabaseTest
    void holidaysAndTheCutOffTimeMoveTheEarliestDay(TestDb db) {
        Clock wednesdayAfternoon = Clock.fixed(ZonedDateTime.of(2026, 11, 25, 16, 0, 0, 0, CITY).toInstant(), CITY);
        InspectionRequestService service = new InspectionRequestService(db.database(), wednesdayAfternoon);
        long permit = issuedPermit(db, wednesdayAfternoon);
        long type = service.typesFor(permit).get(0).getId();

        assertEquals(LocalDate.of(2026, 12, 1), service.earliestDay(),
                "Thanksgiving and the day after are holidays, and 4pm is past the 3pm cut-off");
        assertTrue(refusal(service, permit, request(type, LocalDate.of(2026, 11, 27)))
                .contains("Nov 27, 2026 is Day after Thanksgiving, a city holiday."));
    }

    @DatabaseTest
    void aPermitNotIssuedOrOnHoldAndMissingContactDetailsAreAllRefusedAtOnce(TestDb db) {
        InspectionRequestService service = new InspectionRequestService(db.database(), MONDAY_10AM);
        long applied = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8),
                "4 Inspect Ct", "123-456-780", "Owner Name", null);
        long issued = issuedPermit(db, MONDAY_10AM);
        new PlanReviewService(db.database(), MONDAY_10AM).addCondition(issued, ConditionKind.HOLD, "Stop work order.", TestUsers.supervisor("dana"));
        long type = service.typesFor(issued).get(0).getId();

        String notIssued = refusal(service, applied, request(type, LocalDate.of(2026, 12, 1)));
        String onHold = refusal(service, issued, new InspectionRequest(type, LocalDate.of(2026, 12, 1), null, " ",
                "555-01", "not an email", null));

        assertTrue(notIssued.contains("is applied: inspections are only for issued permits."), notIssued);
        for (String expected : List.of("Hold on the permit: Stop work order.", "Choose AM", "name of the person to call",
                "phone number with area code", "email address for the result")) {
            assertTrue(onHold.contains(expected), onHold);
        }
    }

    @DatabaseTest
    void thePublicMayCancelUntilSevenOnTheDayStaffAnyTimeWithAReason(TestDb db) {
        InspectionRequestService service = new InspectionRequestService(db.database(), MONDAY_10AM);
        long permit = issuedPermit(db, MONDAY_10AM);
        long id = service.request(permit, request(service.typesFor(permit).get(0).getId(), LocalDate.of(2026, 12, 1)),
                TestUsers.clerk("carmen"));
        Inspection inspection = db.database().fromTransaction(s -> s.find(Inspection.class, id));

        Clock before = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 6, 59, 0, 0, CITY).toInstant(), CITY);
        Clock at = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 7, 0, 0, 0, CITY).toInstant(), CITY);
        assertTrue(new InspectionRequestService(db.database(), before).publicMayCancel(inspection));
        assertFalse(new InspectionRequestService(db.database(), at).publicMayCancel(inspection));

        assertThrows(UserFacingException.class, () -> service.cancelByStaff(id, " ", TestUsers.supervisor("dana")));
        service.cancelByStaff(id, "Contractor not ready", TestUsers.supervisor("dana"));
        Inspection cancelled = db.database().fromTransaction(s -> s.find(Inspection.class, id));
        assertEquals(InspectionStatus.CANCELLED, cancelled.getStatus());
        assertEquals("Contractor not ready (dana)", cancelled.getCancelReason());
    }
}
