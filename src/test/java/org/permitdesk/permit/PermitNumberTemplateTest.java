package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PermitNumberTemplateTest {

    @Test
    void formatsTheExamplesOfTheProductSpecification() {
        assertEquals("B1906-174", new PermitNumberTemplate("{PREFIX}{YY}{MM}-{SEQ:3}")
                .format("B", LocalDate.of(2019, 6, 3), 174));
        assertEquals("RERF2021-1234", new PermitNumberTemplate("{PREFIX}{YYYY}-{SEQ:4}")
                .format("RERF", LocalDate.of(2021, 2, 1), 1234));
    }

    @Test
    void padsTheSequenceButNeverCutsIt() {
        PermitNumberTemplate template = new PermitNumberTemplate("{PREFIX}{YY}{MM}-{SEQ:3}");
        assertEquals("E2611-007", template.format("E", LocalDate.of(2026, 11, 1), 7));
        assertEquals("E2611-1000", template.format("E", LocalDate.of(2026, 11, 1), 1000));
    }

    @Test
    void theSequenceRestartsMonthlyOrYearlyAsTheTemplateSays() {
        assertEquals("2026-11", new PermitNumberTemplate("{PREFIX}{YY}{MM}-{SEQ:3}").periodOf(LocalDate.of(2026, 11, 30)));
        assertEquals("2026", new PermitNumberTemplate("{PREFIX}{YYYY}-{SEQ:4}").periodOf(LocalDate.of(2026, 11, 30)));
        assertEquals("ALL", new PermitNumberTemplate("{PREFIX}-{SEQ:6}").periodOf(LocalDate.of(2026, 11, 30)));
    }
}
