package org.permitdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void textAParserWouldTakeForAFormulaGetsALeadingQuote() {
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'=1+2 MAIN ST", "'@SUM(A1)", "'+CMD", "'-2+3", "'\tTAB",
                        "'\rCR", "'-"),
                CsvCells.safe(List.of("=HYPERLINK(\"http://x\")", "=1+2 MAIN ST", "@SUM(A1)", "+CMD", "-2+3", "\tTAB",
                        "\rCR", "-")));
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals(Arrays.asList("-116.3745", "+1.5", "-3", "-1.2E5", new BigDecimal("-12.50"), -7, "MAIN ST", "",
                        null, "B2612-210"),
                CsvCells.safe(Arrays.asList("-116.3745", "+1.5", "-3", "-1.2E5", new BigDecimal("-12.50"), -7, "MAIN ST",
                        "", null, "B2612-210")));
    }

    @Test
    void unquotedGivesBackWhatSafeQuoted() {
        for (String cell : List.of("=CMD", "@SUM(A1)", "-116.3745", "'quoted already", "'=x", "plain")) {
            assertEquals(cell, CsvCells.unquoted((String) CsvCells.safe(cell)), cell);
        }
        assertEquals("'hello", CsvCells.unquoted("'hello"));
    }
}
