package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages shaped like the ones clerks really get (Outlook, Gmail, phones), each with a twist of its own. */
class RealisticMessagesTest {

    private final AccountRequestParser parser = new AccountRequestParser();

    private ParsedRequest parse(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, "missing test message " + resource);
            return parser.parse(in.readAllBytes());
        }
    }

    @Test
    void outlookForwardTakesTheForwardedRequestNotTheForwardersSignature() throws IOException {
        ParsedRequest request = parse("outlook-fw-contractor.eml");

        assertEquals(AccountType.CONTRACTOR, request.accountType(), "the forwarded subject names the type");
        assertEquals(Map.of(
                "cslbNumber", "1009988",
                "businessName", "Desert Roofing & Solar, Inc.",
                "mailingAddress", "PO Box 1402, La Quinta, CA 92247",
                "contactName", "Mike Torres",
                "email", "mike@desertroofing.example.com",
                "phone", "(760) 555-0123 x4"), request.fields());
        assertEquals(List.of(), request.problems());
        assertEquals("FW: new account", request.mail().subject());
        assertEquals("\"Martinez, Rosa\" <rmartinez@city.example.gov>", request.mail().from());
        assertEquals(Instant.parse("2026-10-13T15:41:10Z"), request.mail().sentAt());
        assertEquals("<BY5PR09MB1234ABCD@BY5PR09MB1234.namprd09.prod.outlook.com>", request.mail().messageId());
        assertFalse(request.mail().text().contains("HTML PART"), "the plain-text alternative is preferred");
    }

    @Test
    void replyWithCorrectionsKeepsTheNewestValuesAndTheRestFromTheQuotedRequest() throws IOException {
        ParsedRequest request = parse("gmail-reply-corrections.eml");

        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertEquals("daniel.reyes@cvsolar.example.com", request.fields().get("email"), "not the quoted old address");
        assertEquals("(760) 555-0123", request.fields().get("phone"),
                "not the quoted (760) 555-0111 nor the clerk's (760) 555-0900");
        assertEquals("1045872", request.fields().get("cslbNumber"));
        assertEquals("42-600 Cook St, Suite 110, Palm Desert, CA 92211", request.fields().get("mailingAddress"));
        assertEquals("Daniel Reyes", request.fields().get("contactName"));
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void htmlOnlyOutlookMessageWithValuesUnderTheirLabels() throws IOException {
        ParsedRequest request = parse("html-only-owner.eml");

        assertEquals(AccountType.PROPERTY_OWNER, request.accountType());
        assertEquals(Map.of(
                "name", "Helen O\u2019Brien Okafor",
                "address", "74-100 Old Prospector Trl, Palm Desert, CA 92260",
                "phone", "(760) 555-0123",
                "permitNumber", "RERF2026-0117",
                "email", "helen.okafor@example.org"), request.fields(), "windows-1252 decoded, signature phone ignored");
        assertFalse(request.mail().text().contains("<p"), request.mail().text());
        assertFalse(request.mail().text().contains("MsoNormal"), "style sheets are not text");
    }

    @Test
    void base64BodyWithEncodedWordSubjectAndExtension() throws IOException {
        ParsedRequest request = parse("base64-design-professional.eml");

        assertEquals("Design Professional \u2013 eTRAKiT Login Setup", request.mail().subject());
        assertEquals("Marisol Vega-Ru\u00edz <mvega@studioarroyo.example.com>", request.mail().from());
        assertEquals(AccountType.DESIGN_PROFESSIONAL, request.accountType());
        assertEquals("(760) 555-0123 x12", request.fields().get("phone"));
        assertEquals("mvega@studioarroyo.example.com", request.fields().get("email"), "read from \"Name <address>\"");
        assertEquals("73-061 El Paseo, Ste 200, Palm Desert, CA 92260", request.fields().get("mailingAddress"));
        assertEquals("B2610-0231", request.fields().get("permitNumber"));
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void noSubjectButTheBodyIsPlainlyAContractorRequest() throws IOException {
        ParsedRequest request = parse("no-subject-contractor.eml");

        assertEquals(null, request.mail().subject());
        assertEquals(AccountType.CONTRACTOR, request.accountType());
        assertEquals(Map.of(
                "cslbNumber", "654321",
                "businessName", "Hidden Valley Plumbing",
                "mailingAddress", "81-955 Indio Blvd, Indio, CA 92201",
                "contactName", "Tom Becker",
                "email", "office@hiddenvalleyplumbing.example.com",
                "phone", "(760) 555-0123"), request.fields(), "C36 #654321 is licence 654321; not the signature's Tel");
    }

    @Test
    void messageForwardedAsAnAttachmentIsReadAndAttachedFilesAreNot() throws IOException {
        ParsedRequest request = parse("forwarded-as-attachment.eml");

        assertEquals(AccountType.PROPERTY_OWNER, request.accountType(), "from the attached message's subject");
        assertEquals("(760) 555-0123", request.fields().get("phone"), "not the number inside the attached PDF");
        assertEquals("B2609-0412", request.fields().get("permitNumber"));
        assertEquals(5, request.fields().size(), request.problems().toString());
    }

    @Test
    void latin1BodyWithAnAttachedTextFileThatIsIgnored() throws IOException {
        ParsedRequest request = parse("latin1-owner-with-attachment.eml");

        assertEquals("RE: Property Owner - eTRAKiT Account Setup", request.mail().subject());
        assertEquals(AccountType.PROPERTY_OWNER, request.accountType());
        assertEquals("Jos\u00e9 Pe\u00f1a", request.fields().get("name"));
        assertEquals("44-870 Calle Las Mananitas, Indio, CA 92201", request.fields().get("address"));
        assertEquals("E2610-1150", request.fields().get("permitNumber"), "the # is not part of the number");
        assertEquals("jpena@example.com", request.fields().get("email"), "not the address in notes.txt");
        assertFalse(request.hasProblems(), request.problems().toString());
    }

    @Test
    void pastedTextWithASubjectLineAndEveryValueOnTheLineAfterItsLabel() throws IOException {
        ParsedRequest request = parse("next-line-values.txt");

        assertEquals("Design Professional - eTRAKiT Login Setup", request.mail().subject());
        assertEquals(null, request.mail().messageId());
        assertEquals(AccountType.DESIGN_PROFESSIONAL, request.accountType());
        assertEquals(Map.of(
                "businessName", "Canyon Engineering Group",
                "mailingAddress", "1200 N Palm Canyon Dr, Suite 4, Palm Springs, CA 92262",
                "contactName", "Priya Raman, PE",
                "email", "praman@canyoneng.example.com",
                "phone", "(760) 555-0123",
                "permitNumber", "B2610-0412"), request.fields());
        assertTrue(request.problems().isEmpty(), request.problems().toString());
    }
}
