package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldNormalizerTest {

    private final FieldNormalizer normalizer = new FieldNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "760.555.0123 | (760) 555-0123",
        "+1 760-555-0123 ext 12 | (760) 555-0123 x12",
        "7605550123 | (760) 555-0123",
        "(760)555-0123 x4 | (760) 555-0123 x4",
        "1-760-555-0123 | (760) 555-0123",
        "760-555-0199 ext. 204 | (760) 555-0199 x204",
        "(760) 555-0100 (office) | (760) 555-0100",
        "cell 442 555 0110 | (442) 555-0110",
        "+1 760 555 0166 | (760) 555-0166",
        "760-555-0100 office / 760-555-0101 cell | (760) 555-0100",
        "760-555-0123 x 12 | (760) 555-0123 x12",
        "+17605550123 | (760) 555-0123",
        "760.555.0123 (c) | (760) 555-0123",
        "(760) 555 - 0123 | (760) 555-0123",
        "C: 760-555-0123 | (760) 555-0123"})
    void phonesInEveryFormatBecomeOneFormat(String written, String expected) {
        assertEquals(expected, normalizer.normalize(RequestField.PHONE, written).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-0123", "12345", "call my cell", "N/A", "000-000-0000", "(760) 555-012", "760-555-CALL"})
    void valuesThatAreNotPhoneNumbersAreFlagged(String written) {
        FieldNormalizer.Normalized result = normalizer.normalize(RequestField.PHONE, written);
        assertNull(result.value());
        assertEquals("Phone number \"" + written + "\" is not a phone number. Ask for a phone number with area code,"
                + " e.g. (760) 555-0123.", result.problem());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1045872 | 1045872",
        "#987654 | 987654",
        "Lic. #B-1009988 | 1009988",
        "C10 #123456 | 123456",
        "CSLB No. 1045872 | 1045872",
        "B-1009988 | 1009988",
        "License # 876543 (B, C-10) | 876543",
        "12345678 | 12345678",
        "1 | 1",
        "C-36 654321 | 654321",
        "Lic. No. 1009988 Class B | 1009988"})
    void licenceNumbersLoseTheirDecorations(String written, String expected) {
        assertEquals(expected, normalizer.normalize(RequestField.CSLB_NUMBER, written).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-AB", "pending", "123456789", "B", "1045872 / 876543", "applied for", "ABC123"})
    void anythingButOneToEightDigitsIsNotALicenceNumber(String written) {
        FieldNormalizer.Normalized result = normalizer.normalize(RequestField.CSLB_NUMBER, written);
        assertNull(result.value());
        assertTrue(result.problem().startsWith("CSLB number \"" + written + "\" is not a licence number: it must be"
                + " 1 to 8 digits."), result.problem());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "  dreyes@cvsolar.example.com  | dreyes@cvsolar.example.com",
        "mailto:ana@sonoranpools.example.com | ana@sonoranpools.example.com",
        "Marisol Vega <mvega@studioarroyo.example.com> | mvega@studioarroyo.example.com",
        "ana@sonoranpools.example.com <mailto:ana@sonoranpools.example.com> | ana@sonoranpools.example.com",
        "Jose.Nunez@Example.com. | Jose.Nunez@Example.com"})
    void emailsAreTrimmedAndReadFromTheirDecorations(String written, String expected) {
        assertEquals(expected, normalizer.normalize(RequestField.EMAIL, written).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dreyes at cvsolar dot com", "dreyes@cvsolar", "@example.com", "a@b.com, c@d.com", "none"})
    void valuesThatAreNotOneEmailAddressAreFlagged(String written) {
        FieldNormalizer.Normalized result = normalizer.normalize(RequestField.EMAIL, written);
        assertNull(result.value());
        assertTrue(result.problem().startsWith("Contact email \"" + written + "\" is not an email address."),
                result.problem());
    }

    @Test
    void addressLinesAreJoinedWithCommas() {
        assertEquals("3120 Bob Hope Dr, Rancho Mirage, CA 92270",
                normalizer.normalize(RequestField.MAILING_ADDRESS, "3120 Bob Hope Dr,\n   Rancho Mirage, CA 92270 ").value());
    }

    @Test
    void namesAreTrimmedAndPlaceholdersAreNotNames() {
        assertEquals("Robert Kim, AIA", normalizer.normalize(RequestField.CONTACT_NAME, "  Robert   Kim, AIA ").value());
        FieldNormalizer.Normalized placeholder = normalizer.normalize(RequestField.BUSINESS_NAME, "N/A");
        assertFalse(placeholder.isValid());
        assertEquals("Business name \"N/A\" is not a business name. Ask for the business name.", placeholder.problem());
    }

    @Test
    void permitNumbersKeepTheirShapeAndWordsAreNotPermitNumbers() {
        assertEquals("B2609-0412", normalizer.normalize(RequestField.PERMIT_NUMBER, "#B2609-0412").value());
        assertEquals("RERF2026-0031, E2610-1150",
                normalizer.normalize(RequestField.PERMIT_NUMBER, "RERF2026-0031 and E2610-1150").value());
        assertFalse(normalizer.normalize(RequestField.PERMIT_NUMBER, "not issued yet").isValid());
        assertFalse(normalizer.normalize(RequestField.PERMIT_NUMBER, "pending").isValid());
    }
}
