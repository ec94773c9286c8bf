package org.permitdesk.account.cslb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class CslbLineParserTest {

    /** Line 12 of the real sample: quoted coverage type with a comma, "C60| C51", dates with a leading space. */
    static final String NERELLI = "1000015,11/10/2020,NERELLI WELDING INC,,,215 24TH STREET,PASO ROBLES,CA,"
            + "San Luis Obispo,93446,,(805) 434 7818,Corporation,01/10/2015,,01/31/2021,,,,,,CLEAR,,C60| C51,,"
            + "\"Leasing Firm, Temp Agency, etc\",ACE AMERICAN INSURANCE COMPANY, C66386442, 02/01/2020, 02/01/2021,"
            + ",,WESTERN SURETY COMPANY,64940297,01/03/2020,,15000,,,,,,,,,,,,,,,";

    @Test
    void readsTheKeptValuesOfARealLine() throws Exception {
        CslbRow row = CslbLineParser.parse(values(NERELLI));
        assertEquals(new CslbRow(1000015, "NERELLI WELDING INC", "215 24TH STREET", "PASO ROBLES", "CA", "93446",
                "(805) 434 7818", LocalDate.of(2015, 1, 10), LocalDate.of(2021, 1, 31), null, null, "CLEAR", null,
                "C60, C51", "Leasing Firm, Temp Agency, etc", LocalDate.of(2021, 2, 1)), row);
    }

    @Test
    void datesAreMonthDayYearWithOrWithoutBlanksAround() throws Exception {
        assertEquals(LocalDate.of(2018, 12, 6), CslbLineParser.date(" 12/06/2018", "d"));
        assertEquals(LocalDate.of(2021, 1, 31), CslbLineParser.date("01/31/2021 ", "d"));
        assertEquals(LocalDate.of(2021, 1, 5), CslbLineParser.date("1/5/2021", "d"));
        assertEquals(LocalDate.of(2024, 2, 29), CslbLineParser.date("02/29/2024", "d"));
        assertNull(CslbLineParser.date("", "d"));
        assertNull(CslbLineParser.date("   ", "d"));
    }

    @Test
    void aDateThatIsNotMonthDayYearOrNotOnTheCalendarIsRejectedWithItsValue() {
        assertEquals("expiration date \"2021-01-31\" is not a date (MM/DD/YYYY)", reason(() ->
                CslbLineParser.date("2021-01-31", "expiration date")));
        assertEquals("issue date \"31/01/21\" is not a date (MM/DD/YYYY)", reason(() ->
                CslbLineParser.date("31/01/21", "issue date")));
        assertEquals("issue date \"01/31/2O21\" is not a date (MM/DD/YYYY)", reason(() ->
                CslbLineParser.date("01/31/2O21", "issue date")));
        assertEquals("issue date \"02/30/2021\" is not a date on the calendar (MM/DD/YYYY)", reason(() ->
                CslbLineParser.date("02/30/2021", "issue date")));
        assertEquals("issue date \"13/01/2021\" is not a date on the calendar (MM/DD/YYYY)", reason(() ->
                CslbLineParser.date("13/01/2021", "issue date")));
    }

    @Test
    void licenceNumbersAreOneToEightDigitsAndLeadingZerosDoNotCount() throws Exception {
        assertEquals(1000001, CslbLineParser.licenceNumber("1000001"));
        assertEquals(987654, CslbLineParser.licenceNumber(" 987654 "));
        assertEquals(123456, CslbLineParser.licenceNumber("0123456"));
        assertEquals(99_999_999, CslbLineParser.licenceNumber("99999999"));
        assertEquals(7, CslbLineParser.licenceNumber("7"));
        assertEquals("licence number \"123456789\" is not 1 to 8 digits", reason(() -> CslbLineParser.licenceNumber("123456789")));
        assertEquals("licence number \"C-123456\" is not 1 to 8 digits", reason(() -> CslbLineParser.licenceNumber("C-123456")));
        assertEquals("licence number \"licenseNo\" is not 1 to 8 digits", reason(() -> CslbLineParser.licenceNumber("licenseNo")));
        assertEquals("licence number \"0000\" is zero", reason(() -> CslbLineParser.licenceNumber("0000")));
        assertEquals("no licence number", reason(() -> CslbLineParser.licenceNumber(" ")));
    }

    @Test
    void classificationsAreNormalisedToOneForm() throws Exception {
        assertEquals("C7", CslbLineParser.classifications("C-7"));
        assertEquals("C10", CslbLineParser.classifications("C10"));
        assertEquals("B, C10", CslbLineParser.classifications("B| C10"));
        assertEquals("C5, B", CslbLineParser.classifications("C-5| B"));
        assertEquals("A, C27, HAZ", CslbLineParser.classifications("A| C27| HAZ"));
        assertEquals("C61/D12", CslbLineParser.classifications("c-61/D-12"));
        assertEquals("B, C10", CslbLineParser.classifications("B | C-10 | C10 |"));
        assertNull(CslbLineParser.classifications(""));
    }

    @Test
    void statusesAreKeptAsTheFileWritesThemAndAreRequired() throws Exception {
        List<String> values = values(NERELLI);
        values.set(21, " Contr Bond Susp ");
        values.set(22, "WC Susp Pending");
        CslbRow row = CslbLineParser.parse(values);
        assertEquals("Contr Bond Susp", row.status());
        assertEquals("WC Susp Pending", row.secondaryStatus());
        values.set(21, "");
        assertEquals("no primary status", reason(() -> CslbLineParser.parse(values)));
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsOrAMissingOrOverlongNameIsRejected() {
        assertEquals("has 51 columns, expected 52", reason(() -> CslbLineParser.parse(values(NERELLI).subList(0, 51))));
        assertEquals("has 1 column, expected 52", reason(() -> CslbLineParser.parse(List.of("x"))));
        List<String> values = values(NERELLI);
        values.set(2, " ");
        assertEquals("no business name", reason(() -> CslbLineParser.parse(values)));
        values.set(2, "N".repeat(201));
        assertEquals("business name is longer than 200 characters", reason(() -> CslbLineParser.parse(values)));
        values.set(2, "N".repeat(200));
        values.set(15, "01/32/2021");
        assertEquals("expiration date \"01/32/2021\" is not a date on the calendar (MM/DD/YYYY)",
                reason(() -> CslbLineParser.parse(values)));
    }

    /** The values of one CSV line, as the import reads them; a list the test may change. */
    static List<String> values(String line) {
        try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
            return new ArrayList<>(parser.getRecords().get(0).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(ThrowingCall call) {
        return assertThrows(CslbLineParser.Rejected.class, call::run).getMessage();
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
