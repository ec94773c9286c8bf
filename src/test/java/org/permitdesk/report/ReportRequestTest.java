package org.permitdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter checks: each problem says what is wrong and how to fix it. */
class ReportRequestTest {

    private static final List<String> TYPES = List.of("E", "B", "P");

    @Test
    void aRangeOfOneDayAndTypesInAnyCaseAreFine() {
        ReportRequest request = ReportRequest.issuedFinaled(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                List.of("b", " e", "B"));

        assertEquals(List.of(), request.problems(TYPES));
        assertEquals(List.of("B", "E"), request.typeCodes());
        assertEquals("2026-03-01", request.describeRange());
    }

    @Test
    void theRangeMustBeGivenInOrderAndAtMostFiveYears() {
        assertEquals(List.of("Give both the first and the last day of the range."),
                ReportRequest.inspections(null, LocalDate.of(2026, 1, 1)).problems(TYPES));
        assertEquals(List.of("The first day 2026-02-01 is after the last day 2026-01-31: swap them."),
                ReportRequest.feesCollected(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)).problems(TYPES));
        assertEquals(List.of(), ReportRequest.inspections(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))
                .problems(TYPES));
        assertEquals(List.of("The range 2021-01-01 to 2026-01-01 is longer than 5 years: make it 5 years or shorter."),
                ReportRequest.inspections(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1)).problems(TYPES));
    }

    @Test
    void daysAreFrom1To365() {
        assertEquals(List.of(), ReportRequest.expiring(1).problems(TYPES));
        assertEquals(List.of(), ReportRequest.expiring(365).problems(TYPES));
        assertEquals(List.of("The number of days must be from 1 to 365 (it is 366)."),
                ReportRequest.expiring(366).problems(TYPES));
        assertEquals("the next 30 days", ReportRequest.expiring(30).describeRange());
    }

    @Test
    void unknownTypeCodesAreNamedWithTheKnownOnes() {
        assertEquals(List.of("Unknown permit type codes X, Y. Use one of B, E, P."),
                ReportRequest.issuedFinaled(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), List.of("x", "B", "y"))
                        .problems(TYPES));
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertEquals(ReportFormat.XLSX, ReportFormat.named("XLSX").orElseThrow());
        assertEquals(java.util.Optional.empty(), ReportFormat.named("doc"));
    }
}
