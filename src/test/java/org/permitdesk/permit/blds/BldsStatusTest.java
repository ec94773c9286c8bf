package org.permitdesk.permit.blds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.permitdesk.permit.PermitStatus;

class BldsStatusTest {

    private static final LocalDate APPLIED = LocalDate.of(2024, 1, 10);
    private static final LocalDate ISSUED = LocalDate.of(2024, 2, 1);
    private static final LocalDate DONE = LocalDate.of(2024, 6, 30);
    private static final LocalDate STATUS = LocalDate.of(2024, 7, 15);

    @Test
    void theDatesDecideFirst() {
        assertEquals(PermitStatus.APPLIED, status(APPLIED, null, null, null, null));
        assertEquals(PermitStatus.ISSUED, status(APPLIED, ISSUED, null, null, null));
        assertEquals(PermitStatus.FINALED, status(APPLIED, ISSUED, DONE, null, null));
    }

    @Test
    void theStatusTextsMoveItForwardButNeverBack() {
        assertEquals(PermitStatus.FINALED, status(APPLIED, ISSUED, null, "Final", "Permit Finaled"));
        assertEquals(PermitStatus.FINALED, status(APPLIED, ISSUED, null, "Complete", null));
        assertEquals(PermitStatus.IN_REVIEW, status(APPLIED, null, null, "Plan Review", "In Review"));
        assertEquals(PermitStatus.ISSUED, status(APPLIED, ISSUED, null, "Inspections", "Inspection Phase"));
        assertEquals(PermitStatus.FINALED, status(APPLIED, ISSUED, DONE, "Issued", "Permit Issued"),
                "a completed date is not undone by a stale status text");
        assertEquals(PermitStatus.APPLIED, status(APPLIED, null, null, "Application Entered", "Application Accepted"));
    }

    @Test
    void expiredAndCancelledWinWhateverTheDates() {
        assertEquals(PermitStatus.EXPIRED, status(APPLIED, ISSUED, null, "Expired", null));
        assertEquals(PermitStatus.VOID, status(APPLIED, null, null, "Withdrawn", null));
        assertEquals(PermitStatus.VOID, status(APPLIED, ISSUED, null, "VOID", null));
        assertEquals(PermitStatus.VOID, status(APPLIED, ISSUED, null, "Cancelled by applicant", null));
        assertEquals(PermitStatus.VOID, status(APPLIED, null, null, null, "Permit Cancelled"));
    }

    @Test
    void aFinaledStatusWithoutCompletedDateIsFinaledOnTheStatusDateWithTheWholeHistory() {
        BldsStatus.Outcome outcome = BldsStatus.of(new BldsStatus.Dates(APPLIED, ISSUED, null, STATUS, null, null),
                "Final", "Permit Finaled");

        assertEquals(STATUS, outcome.finaled());
        assertEquals(List.of(new BldsStatus.Step(null, PermitStatus.APPLIED, APPLIED, "Imported from BLDS"),
                new BldsStatus.Step(PermitStatus.APPLIED, PermitStatus.ISSUED, ISSUED, null),
                new BldsStatus.Step(PermitStatus.ISSUED, PermitStatus.FINALED, STATUS, null)), outcome.history());
    }

    @Test
    void aWithdrawnApplicationIsVoidOnItsStatusDateWithTheReason() {
        BldsStatus.Outcome outcome = BldsStatus.of(new BldsStatus.Dates(APPLIED, null, null, STATUS, null, null),
                "Withdrawn", null);

        assertEquals(STATUS, outcome.voided());
        assertEquals("Imported with status \"Withdrawn\"", outcome.voidReason());
        assertEquals(new BldsStatus.Step(PermitStatus.APPLIED, PermitStatus.VOID, STATUS,
                "Imported with status \"Withdrawn\""), outcome.history().get(1));
        assertNull(outcome.finaled());
    }

    @Test
    void anIssuedDateAloneStandsInForTheAppliedDate() {
        BldsStatus.Outcome outcome = BldsStatus.of(new BldsStatus.Dates(null, ISSUED, null, null, null, null),
                "Issued", null);

        assertEquals(ISSUED, outcome.applied());
        assertEquals(PermitStatus.ISSUED, outcome.status());
    }

    private static PermitStatus status(LocalDate applied, LocalDate issued, LocalDate completed, String text,
                                       String mapped) {
        return BldsStatus.of(new BldsStatus.Dates(applied, issued, completed, null, null, null), text, mapped).status();
    }
}
