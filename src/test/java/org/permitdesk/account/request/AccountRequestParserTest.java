package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pasted and hand-written messages: what the clerk sees for each way people fill in (or miss) the template. */
class AccountRequestParserTest {

    private final AccountRequestParser parser = new AccountRequestParser();

    private static final String CONTRACTOR_FIELDS = """
            1. CSLB Number: 987654
            2. Business Name: Park Electric
            3. Mailing Address: 3120 Bob Hope Dr
            Rancho Mirage, CA 92270
            4. Contact Person Name: Lisa Park
            5. Contact Email: lisa@parkelectric.example.com
            6. Contact Phone Number: 7605550147
            """;

    private static List<String> problemFields(ParsedRequest request) {
        return request.problems().stream().map(FieldProblem::field).collect(Collectors.toList());
    }

    private static String message(ParsedRequest request, String field) {
        return request.problems().stream().filter(problem -> problem.field().equals(field)).findFirst()
                .map(FieldProblem::message).orElseThrow(() -> new AssertionError("no problem on " + field
                        + " in " + request.problems()));
    }

    @Test
    void addressOnTwoLinesWithoutIndentIsJoinedWithACommaAndStopsAtTheNextField() {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\n" + CONTRACTOR_FIELDS);

        assertEquals("3120 Bob Hope Dr, Rancho Mirage, CA 92270", request.fields().get("mailingAddress"));
        assertEquals("Lisa Park", request.fields().get("contactName"));
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void signatureWithItsOwnPhoneDoesNotReplaceTheRequestedContactPhone() {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\n" + CONTRACTOR_FIELDS
                + "\nThanks!\nLisa Park | Park Electric\nPhone: 760-555-0100 (office)\nEmail: info@parkelectric.example.com\n");

        assertEquals("(760) 555-0147", request.fields().get("phone"));
        assertEquals("lisa@parkelectric.example.com", request.fields().get("email"));
    }

    @Test
    void signaturePhoneIsUsedWhenTheRequestGivesNone() {
        ParsedRequest request = parser.parseText("""
                Subject: Property Owner - eTRAKiT Account Setup

                Name: Ray Castillo
                Address: 43-200 Warner Trail, Palm Desert, CA 92211
                Permit Number: B2609-0555
                Contact Email: ray.castillo@example.com

                Thanks,
                Ray
                Cell: 760-555-0123
                """);

        assertEquals("(760) 555-0123", request.fields().get("phone"));
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void replyWithQuotedOlderValuesKeepsTheNewValues() {
        ParsedRequest request = parser.parseText("""
                Subject: RE: Contractor - eTRAKiT Account Setup

                Corrected below - we moved.

                3. Mailing Address: 77-900 Avenue of the States, Palm Desert, CA 92211
                6. Contact Phone Number: 760-555-0123

                On Mon, Oct 5, 2026 at 8:02 AM Lisa Park <lisa@parkelectric.example.com> wrote:
                > 1. CSLB Number: 987654
                > 2. Business Name: Park Electric
                > 3. Mailing Address: 3120 Bob Hope Dr, Rancho Mirage, CA 92270
                > 4. Contact Person Name: Lisa Park
                > 5. Contact Email: lisa@parkelectric.example.com
                > 6. Contact Phone Number: 7605550147
                """);

        assertEquals("77-900 Avenue of the States, Palm Desert, CA 92211", request.fields().get("mailingAddress"));
        assertEquals("(760) 555-0123", request.fields().get("phone"));
        assertEquals("987654", request.fields().get("cslbNumber"), "unchanged fields come from the quoted request");
        assertEquals("Park Electric", request.fields().get("businessName"));
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void gmailForwardWithAnUnhelpfulOuterSubjectUsesTheForwardedSubject() {
        ParsedRequest request = parser.parseText("""
                Subject: Fwd: see below

                ---------- Forwarded message ---------
                From: Lisa Park <lisa@parkelectric.example.com>
                Date: Mon, Oct 5, 2026 at 8:02 AM
                Subject: Contractor - eTRAKiT Account Setup
                To: <permitcenter@city.example.gov>

                """ + CONTRACTOR_FIELDS);

        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertEquals(6, request.fields().size(), request.problems().toString());
    }

    @Test
    void licenceWrittenWithoutAColonAndWithAClassificationLetter() {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\n"
                + CONTRACTOR_FIELDS.replace("1. CSLB Number: 987654", "1. CSLB Lic. #B-1009988"));

        assertEquals("1009988", request.fields().get("cslbNumber"));
    }

    @Test
    void invalidLicenceIsAProblemWithAClearMessageAndNotAField() {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\n"
                + CONTRACTOR_FIELDS.replace("987654", "12-AB"));

        assertFalse(request.fields().containsKey("cslbNumber"));
        assertEquals(List.of("cslbNumber"), problemFields(request));
        assertTrue(message(request, "cslbNumber").startsWith(
                "CSLB number \"12-AB\" is not a licence number: it must be 1 to 8 digits."), message(request, "cslbNumber"));
    }

    @Test
    void invalidEmailAndPhoneAreFlaggedAndNeverOutput() {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\n" + CONTRACTOR_FIELDS
                .replace("lisa@parkelectric.example.com", "lisa at parkelectric dot com")
                .replace("7605550147", "555-0147"));

        assertEquals(List.of("email", "phone"), problemFields(request));
        assertFalse(request.fields().containsKey("email"));
        assertFalse(request.fields().containsKey("phone"));
        assertTrue(message(request, "email").contains("\"lisa at parkelectric dot com\" is not an email address"));
        assertTrue(message(request, "phone").contains("\"555-0147\" is not a phone number"));
        assertTrue(message(request, "phone").contains("area code"), "says what to ask for");
    }

    @Test
    void labelWithNothingAfterItButASignOffIsMissingNotFilledWithTheSignOff() {
        ParsedRequest request = parser.parseText("""
                Subject: Property Owner - eTRAKiT Account Setup

                1. Name: George Albright
                2. Address: 45-100 Portola Ave, Palm Desert, CA 92260
                3. Phone Number: (760) 555-0155
                4. Permit Number:

                Thank you,
                George
                """);

        assertEquals(List.of("permitNumber", "email"), problemFields(request));
        assertEquals("Permit number is missing from this Property Owner request. Ask for the permit number,"
                + " e.g. B2609-0412.", message(request, "permitNumber"));
    }

    @Test
    void requestSubjectWithAnUnrelatedBodyListsEveryFieldAsMissing() {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\nPlease see the attached form.");

        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertEquals(List.of("cslbNumber", "businessName", "mailingAddress", "contactName", "email", "phone"),
                problemFields(request));
        assertTrue(request.fields().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RE: FW: contractor - etrakit account set-up", "Contractor eTrakit Acct Setup",
        "[EXTERNAL] New contractor account request - Park Electric", "Fwd: CONTRACTOR  -  ETRAKIT ACCOUNT SETUP"})
    void oddSubjectsStillNameTheContractorType(String subject) {
        ParsedRequest request = parser.parseText("Subject: " + subject + "\n\n" + CONTRACTOR_FIELDS);

        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void subjectThatOnlyNamesTheTypeCountsWhenTheBodyFillsInTheFields() {
        ParsedRequest request = parser.parseText("Subject: Contractor account\n\n" + CONTRACTOR_FIELDS
                .replace("1. CSLB Number: 987654\n", ""));
        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertEquals(List.of("cslbNumber"), problemFields(request));

        ParsedRequest question = parser.parseText("Subject: Contractor account\n\nWhat do I owe on my account?");
        assertNull(question.accountType());
    }

    @Test
    void uselessSubjectWithAnOwnerRequestBodyIsReadAsAnOwnerRequest() {
        ParsedRequest request = parser.parseText("""
                Subject: hello

                Name: Patricia Nguyen
                Address: 77-245 Indiana Ave, Palm Desert, CA 92211
                Phone: 760.555.0123
                Permit #: B2609-0412
                Email: pnguyen@example.net
                """);

        assertEquals(AccountType.PROPERTY_OWNER, request.accountType());
        assertEquals("B2609-0412", request.fields().get("permitNumber"));
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void templateSubjectPastedIntoTheBodyNamesTheType() {
        ParsedRequest request = parser.parseText("""
                Design Professional - eTRAKiT Login Setup
                Business Name: Mesa Verde Architects LLP
                Mailing Address: 1800 E Tahquitz Canyon Way, Palm Springs, CA 92262
                Contact Person Name: Robert Kim
                Contact Email: rkim@mesaverde-arch.example.com
                Contact Phone Number: 760-555-0199
                Permit Number: B2610-0077
                """);

        assertEquals(AccountType.DESIGN_PROFESSIONAL, request.accountType());
        assertNull(request.mail().subject());
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void messageThatIsNotARequestHasNoTypeNoFieldsAndOneProblem() {
        ParsedRequest request = parser.parseText("""
                Subject: Inspection tomorrow?

                Hi, is my inspection for permit B2609-0412 still on? Call me at 760-555-0123.
                Phone: 760-555-0123
                """);

        assertNull(request.accountType());
        assertEquals(Map.of(), request.fields());
        assertEquals(List.of("accountType"), problemFields(request));
        assertTrue(message(request, "accountType").startsWith("Not an account request"));
        assertTrue(message(request, "accountType").contains("Inspection tomorrow?"));
    }

    @Test
    void blankPastedTextIsNotAMessage() {
        NotMailException failure = assertThrows(NotMailException.class, () -> parser.parseText(" \n\t\n"));
        assertTrue(failure.getMessage().contains("no text"), failure.getMessage());
    }
}
