package org.permitdesk.account.cslb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicenceStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 11, 20);
    private static final String INSURED = "Workers' Compensation Insurance";

    @Test
    void aClearCurrentLicenceWithCurrentOrExemptWorkersCompHasNoProblem() {
        assertEquals(Optional.empty(), licence("CLEAR", LocalDate.of(2021, 1, 31), INSURED, LocalDate.of(2021, 8, 17), null)
                .problem(TODAY));
        assertEquals(Optional.empty(), licence("CLEAR", LocalDate.of(2021, 1, 31), "Exempt", null, null).problem(TODAY));
        assertEquals(Optional.empty(), licence("CLEAR", TODAY, INSURED, TODAY, null).problem(TODAY),
                "a licence is good through its expiration date");
    }

    @Test
    void suspensionsAreExplainedInPlainWords() {
        assertEquals(Optional.of("Licence 1000089 is suspended: no valid contractor's bond (CSLB status \"Contr Bond Susp\")."),
                licence("Contr Bond Susp", LocalDate.of(2021, 1, 31), "Exempt", null, null).problem(TODAY));
        assertEquals(Optional.of("Licence 1000089 is suspended: a licence in its joint venture is suspended"
                        + " (CSLB status \"J V Entity Susp\")."),
                licence("J V Entity Susp", LocalDate.of(2021, 1, 31), "Exempt", null, null).problem(TODAY));
        assertEquals(Optional.of("Licence 1000089 is suspended (CSLB status \"Lic Susp Civil\")."),
                licence("Lic Susp Civil", LocalDate.of(2021, 1, 31), "Exempt", null, null).problem(TODAY));
    }

    @Test
    void inactiveCancelledAndOtherStatusesAreProblems() {
        assertEquals(Optional.of("Licence 1000089 is inactive (CSLB status \"Inactive\")."),
                licence("Inactive", LocalDate.of(2021, 1, 31), "Exempt", null, null).problem(TODAY));
        assertEquals(Optional.of("Licence 1000089 is cancelled (CSLB status \"Cancelled\")."),
                licence("Cancelled", LocalDate.of(2021, 1, 31), "Exempt", null, null).problem(TODAY));
        assertEquals(Optional.of("Licence 1000089 is not in good standing: its CSLB status is \"Pending\", not CLEAR."),
                licence("Pending", LocalDate.of(2021, 1, 31), "Exempt", null, null).problem(TODAY));
        assertEquals(Optional.of("Licence 1000089 has been inactive since Oct 29, 2015."),
                licence("CLEAR", LocalDate.of(2021, 1, 31), "Exempt", null, LocalDate.of(2015, 10, 29)).problem(TODAY));
    }

    @Test
    void anExpiredLicenceSaysWhenItExpired() {
        assertEquals(Optional.of("Licence 1000089 expired on Nov 19, 2020."),
                licence("CLEAR", LocalDate.of(2020, 11, 19), "Exempt", null, null).problem(TODAY));
    }

    @Test
    void workersCompMustBeCurrentUnlessExempt() {
        assertEquals(Optional.of("Its workers' compensation insurance expired on Aug 6, 2020."),
                licence("CLEAR", LocalDate.of(2021, 1, 31), INSURED, LocalDate.of(2020, 8, 6), null).problem(TODAY));
        assertEquals(Optional.of("Its workers' compensation insurance expired on Feb 1, 2020."),
                licence("CLEAR", LocalDate.of(2021, 1, 31), "Leasing Firm, Temp Agency, etc", LocalDate.of(2020, 2, 1),
                        null).problem(TODAY));
        assertEquals(Optional.of("Licence 1000089 has no current workers' compensation coverage."),
                licence("CLEAR", LocalDate.of(2021, 1, 31), "License does not have current W/C",
                        LocalDate.of(2021, 10, 10), null).problem(TODAY));
        assertEquals(Optional.empty(), licence("CLEAR", LocalDate.of(2021, 1, 31), "Exempt", LocalDate.of(2019, 1, 1),
                null).problem(TODAY), "an exempt contractor's old policy date does not matter");
    }

    @Test
    void everyProblemIsGivenInOneText() {
        assertEquals(Optional.of("Licence 1000089 is suspended: no workers' compensation insurance"
                        + " (CSLB status \"Work Comp Susp\"). Licence 1000089 expired on Jan 31, 2020."
                        + " Licence 1000089 has no current workers' compensation coverage."),
                licence("Work Comp Susp", LocalDate.of(2020, 1, 31), "License does not have current W/C",
                        LocalDate.of(2019, 8, 6), null).problem(TODAY));
    }

    private static LicenceStatus licence(String status, LocalDate expires, String coverage, LocalDate coverageExpires,
                                         LocalDate inactiveSince) {
        return new LicenceStatus("1000089", "RESIDENTIAL PAINTING SOLUTIONS", status, "C33", expires, coverage,
                coverageExpires, inactiveSince);
    }
}
