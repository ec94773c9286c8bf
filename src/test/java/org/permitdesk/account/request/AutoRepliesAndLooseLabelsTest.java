package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 23: automatic replies and bounces are not requests (with the reason), a licence number followed by its
 * classification or status is read, and labels on their own line without a colon give the value below them.
 */
class AutoRepliesAndLooseLabelsTest {

    private final AccountRequestParser parser = new AccountRequestParser();

    private static final String EMPTY_TEMPLATE_QUOTED = """
            > Please send the following to set up your eTRAKiT account:
            > 1. CSLB Number:
            > 2. Business Name:
            > 3. Mailing Address:
            > 4. Contact Person Name:
            > 5. Contact Email:
            > 6. Contact Phone Number:
            """;

    private static final String FILLED_TEMPLATE = """
            1. CSLB Number: 987123
            2. Business Name: Mojave Demo Builders
            3. Mailing Address: 100 Demo Way, Palm Desert, CA 92260
            4. Contact Person Name: Dana Demo
            5. Contact Email: dana@mojave-demo.example.com
            6. Contact Phone Number: 760-555-0111
            """;

    private static String eml(String headers, String body) {
        return "From: Dana Demo <dana@mojave-demo.example.com>\r\nTo: permits@city.example.gov\r\n"
                + "Date: Tue, 06 Oct 2026 10:00:00 -0700\r\nMessage-ID: <auto-1@mojave-demo.example.com>\r\n"
                + headers + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body.replace("\n", "\r\n");
    }

    private ParsedRequest parseEml(String message) {
        return parser.parse(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String notARequestReason(ParsedRequest request) {
        assertFalse(request.isAccountRequest(), "read as a " + request.accountType() + " request: " + request.fields());
        assertTrue(request.fields().isEmpty(), request.fields().toString());
        assertEquals(1, request.problems().size(), request.problems().toString());
        assertEquals(FieldProblem.ACCOUNT_TYPE, request.problems().get(0).field());
        String message = request.problems().get(0).message();
        assertTrue(message.startsWith("Not an account request: "), message);
        return message;
    }

    @Test
    void outOfOfficeReplyQuotingTheEmptyTemplateIsNotARequestAndSaysItIsAnAutomaticReply() {
        ParsedRequest request = parseEml(eml("Subject: Automatic reply: Contractor - eTRAKiT Account Setup\r\n"
                + "Auto-Submitted: auto-replied\r\n",
                "I am out of the office until October 19 with limited access to email.\n\n" + EMPTY_TEMPLATE_QUOTED));

        String reason = notARequestReason(request);
        assertTrue(reason.contains("automatic reply"), reason);
        assertTrue(reason.contains("Auto-Submitted: auto-replied"), reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auto-Submitted: auto-replied", "Auto-Submitted: auto-generated", "X-Autoreply: yes",
        "Precedence: auto_reply", "Precedence: bulk"})
    void aHeaderMarkingTheMessageAutomaticMakesItNoRequestEvenWithTheTemplateFilledIn(String header) {
        ParsedRequest request = parseEml(eml("Subject: Contractor - eTRAKiT Account Setup\r\n" + header + "\r\n",
                "Thank you for your message.\n\n" + FILLED_TEMPLATE));

        String reason = notARequestReason(request);
        assertTrue(reason.contains(header), reason);
    }

    @Test
    void autoSubmittedNoIsAMessageAPersonWrote() {
        ParsedRequest request = parseEml(eml("Subject: Contractor - eTRAKiT Account Setup\r\nAuto-Submitted: no\r\n",
                FILLED_TEMPLATE));

        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertEquals("987123", request.fields().get("cslbNumber"));
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void aBounceWithTheOriginalRequestAttachedIsADeliveryFailureNotARequest() {
        String original = eml("Subject: Contractor - eTRAKiT Account Setup\r\n", FILLED_TEMPLATE);
        String bounce = "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
                + "To: dana@mojave-demo.example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Date: Tue, 06 Oct 2026 10:01:00 -0700\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; permits@city.example.gov\r\n"
                + "Action: failed\r\nStatus: 5.1.1\r\n\r\n"
                + "--b1\r\nContent-Type: message/rfc822\r\n\r\n" + original + "\r\n--b1--\r\n";

        String reason = notARequestReason(parseEml(bounce));
        assertTrue(reason.contains("bounce"), reason);
        assertTrue(reason.contains("delivery status"), reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Automatic reply: Contractor - eTRAKiT Account Setup | automatic reply",
        "Out of Office: Contractor - eTRAKiT Account Setup    | automatic reply",
        "Auto-Reply: Contractor - eTRAKiT Account Setup       | automatic reply",
        "Undeliverable: Contractor - eTRAKiT Account Setup    | bounce",
        "Delivery Status Notification (Failure)               | bounce"})
    void typicalAutomaticSubjectsAreNotRequestsAndTheReasonQuotesTheSubject(String subject, String kind) {
        ParsedRequest request = parser.parseText("Subject: " + subject + "\n\nThis is an automatic message.\n\n"
                + EMPTY_TEMPLATE_QUOTED);

        String reason = notARequestReason(request);
        assertTrue(reason.contains(kind), reason);
        assertTrue(reason.contains("\"" + subject.split("[ :]")[0]), reason);
    }

    @Test
    void aReplyThatOnlyQuotesTheEmptyTemplateIsNotARequest() {
        ParsedRequest request = parser.parseText("Subject: RE: Contractor - eTRAKiT Account Setup\n\n"
                + "Got it, I will send these on Monday.\n\nOn Mon, Oct 5, 2026 at 9:00 AM Permit Center"
                + " <permits@city.example.gov> wrote:\n" + EMPTY_TEMPLATE_QUOTED);

        String reason = notARequestReason(request);
        assertTrue(reason.contains("only quotes the request template"), reason);
    }

    @Test
    void aPersonAnsweringAnAutomaticReplyWithTheFieldsIsARequest() {
        ParsedRequest request = parser.parseText("Subject: RE: Automatic reply: Contractor - eTRAKiT Account Setup\n\n"
                + FILLED_TEMPLATE);

        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"987123 C-36 Plumbing", "987123 (active)", "987123 Active", "987123 - C10 Electrical",
        "987123 B General Building", "#987123 C-39 Roofing (active)", "987123, Class A", "Lic. 987123 C-10, active",
        "B 987123 - C-36 Plumbing"})
    void licenceNumberFollowedByClassificationOrStatusIsTheNumber(String written) {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\n"
                + FILLED_TEMPLATE.replace("987123", written));

        assertEquals("987123", request.fields().get("cslbNumber"), request.problems().toString());
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "987123 pending", "applied for, C-36 Plumbing", "987123 and 987124",
        "987123 760-555-0100", "123456789 C-36"})
    void whatIsNotALicenceNumberIsStillRefused(String written) {
        ParsedRequest request = parser.parseText("Subject: Contractor - eTRAKiT Account Setup\n\n"
                + FILLED_TEMPLATE.replace("987123", written));

        assertNull(request.fields().get("cslbNumber"));
        assertTrue(request.problems().stream().anyMatch(problem -> problem.field().equals("cslbNumber")
                && problem.message().contains("not a licence number")), request.problems().toString());
    }

    @Test
    void numberedLabelsWithoutColonsTakeTheValueOnTheNextLine() {
        ParsedRequest request = parser.parseText("""
                Subject: Design Professional - eTRAKiT Login Setup

                Hello, here is our information.

                1. Business Name
                Mojave Design Partners

                2. Mailing Address
                77-900 Demo Springs Rd, Suite 4
                Palm Desert, CA 92211

                3. Contact Person Name
                Alex Sample

                4. Contact Email
                alex@mojave-design.example.com

                5. Contact Phone Number
                (760) 555-0123

                6. Permit Number
                B2609-0412

                Thank you
                """);

        assertEquals(AccountType.DESIGN_PROFESSIONAL, request.accountType());
        assertEquals(Map.of("businessName", "Mojave Design Partners",
                "mailingAddress", "77-900 Demo Springs Rd, Suite 4, Palm Desert, CA 92211",
                "contactName", "Alex Sample", "email", "alex@mojave-design.example.com", "phone", "(760) 555-0123",
                "permitNumber", "B2609-0412"), request.fields());
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void labelsAloneWithoutNumbersOrColonsTakeTheValueOnTheNextLine() {
        ParsedRequest request = parser.parseText("""
                Subject: Contractor - eTRAKiT Account Setup

                CSLB Number
                987123
                Business Name
                Mojave Demo Builders
                Mailing Address
                100 Demo Way
                Palm Desert, CA 92260
                Contact Person Name
                Dana Demo
                E-mail
                dana@mojave-demo.example.com
                Phone
                760-555-0111 ext. 12
                """);

        assertEquals(Map.of("cslbNumber", "987123", "businessName", "Mojave Demo Builders",
                "mailingAddress", "100 Demo Way, Palm Desert, CA 92260", "contactName", "Dana Demo",
                "email", "dana@mojave-demo.example.com", "phone", "(760) 555-0111 x12"), request.fields());
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void aLoneEmailLabelFollowedByProseIsNotAnEmail() {
        ParsedRequest request = parser.parseText("""
                Subject: Contractor - eTRAKiT Account Setup

                1. CSLB Number: 987123
                2. Business Name: Mojave Demo Builders
                3. Mailing Address: 100 Demo Way, Palm Desert, CA 92260
                4. Contact Person Name: Dana Demo
                Email
                I will send it once our new domain works.
                6. Contact Phone Number: 760-555-0111
                """);

        assertNull(request.fields().get("email"));
        assertTrue(request.problems().stream().anyMatch(problem -> problem.field().equals("email")
                && problem.message().contains("missing")), request.problems().toString());
    }

    @Test
    void aJobTitleAloneInTheSignatureIsNotALabel() {
        ParsedRequest request = parser.parseText("""
                Subject: Property Owner - eTRAKiT Account Setup

                2. Address: 45-210 Example Ln, Indio, CA 92201
                3. Phone Number: 760-555-0177
                4. Permit Number: B2609-0412
                5. Contact Email: casey.sample@example.com

                Thanks,
                Casey Sample
                Owner
                Sample Family Trust
                """);

        assertNull(request.fields().get("name"), "the signature's company is not the owner's name");
        assertTrue(request.problems().stream().anyMatch(problem -> problem.field().equals("name")
                && problem.message().contains("missing")), request.problems().toString());
    }
}
