package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MailReaderTest {

    private final MailReader reader = new MailReader();

    private static byte[] bytes(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyFileIsNotMail() {
        NotMailException failure = assertThrows(NotMailException.class, () -> reader.read(new byte[0]));
        assertEquals("The file is empty: it is not an email message.", failure.getMessage());
    }

    @Test
    void blankFileIsNotMail() {
        NotMailException failure = assertThrows(NotMailException.class, () -> reader.read(bytes(" \n\n\t \n")));
        assertTrue(failure.getMessage().contains("only blank space"), failure.getMessage());
    }

    @Test
    void binaryFilesAreNotMailAndSayWhatTheyAre() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("This is a PDF document, not an email message.",
                assertThrows(NotMailException.class, () -> reader.read(pdf)).getMessage());
        byte[] outlookMsg = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertTrue(assertThrows(NotMailException.class, () -> reader.read(outlookMsg)).getMessage().contains(".eml"));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertEquals("This is a binary file, not an email message.",
                assertThrows(NotMailException.class, () -> reader.read(noise)).getMessage());
    }

    @Test
    void textWithoutHeadersIsReadAsPastedText() {
        MailMessage mail = reader.read(bytes("Subject: Contractor - eTRAKiT Account Setup\n1. CSLB Number: 1045872\n"));

        assertEquals("Contractor - eTRAKiT Account Setup", mail.subject());
        assertEquals("1. CSLB Number: 1045872\n", mail.text().replace("\r\n", "\n"));
        assertNull(mail.from());
    }

    @Test
    void headerLikeRequestLinesAreNotTakenForMailHeaders() {
        MailMessage mail = reader.readPasted("Subject: Property Owner - eTRAKiT Account Setup\nName: Ann Lee\n"
                + "Email: ann@example.com\n\nThanks");

        assertEquals("Property Owner - eTRAKiT Account Setup", mail.subject());
        assertTrue(mail.text().contains("Name: Ann Lee"), mail.text());
    }

    @Test
    void pastedMessageSourceIsDecoded() {
        MailMessage mail = reader.readPasted("""
                From: Ana <ana@example.com>
                Subject: =?utf-8?Q?Fwd:_Contractor_=E2=80=93?= eTRAKiT Account Setup
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                Contact Person Name: Ana Mart=C3=ADnez
                """);

        assertEquals("Fwd: Contractor \u2013 eTRAKiT Account Setup", mail.subject());
        assertEquals("Contact Person Name: Ana Mart\u00ednez", mail.text());
    }

    @Test
    void rawUtf8HeadersAndUtf16TextAreDecoded() {
        MailMessage raw = reader.read(bytes("From: Jos\u00e9 <j@example.com>\nSubject: Due\u00f1o - cuenta\n\nHola\n"));
        assertEquals("Due\u00f1o - cuenta", raw.subject());
        assertEquals("Jos\u00e9 <j@example.com>", raw.from());

        byte[] utf16 = "\uFEFFSubject: Contractor - eTRAKiT Account Setup\r\n\r\nCSLB Number: 1045872"
                .getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Contractor - eTRAKiT Account Setup", reader.read(utf16).subject());
    }

    @Test
    void plainTextAlternativeIsPreferredOverHtml() {
        MailMessage mail = reader.read(bytes("""
                From: a@example.com
                Subject: test
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/html; charset=utf-8

                <p>from the HTML part</p>
                --b
                Content-Type: text/plain; charset=utf-8

                from the plain part
                --b--
                """));

        assertEquals("from the plain part", mail.text());
    }

    @Test
    void htmlOnlyMessageBecomesTextWithItsLineBreaks() {
        MailMessage mail = reader.read(bytes("""
                From: a@example.com
                Subject: test
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                <html><body><div>Name: Ann</div><div>Address:<br>1 Main St<br>Indio, CA 92201</div>
                <ul><li>Phone: 760-555-0123</li><li>Email: ann@example.com</li></ul>
                <table><tr><td>Permit Number</td><td>B2609-0412</td></tr></table>
                <blockquote>old text</blockquote></body></html>
                """));

        assertEquals("Name: Ann\nAddress:\n1 Main St\nIndio, CA 92201\nPhone: 760-555-0123\nEmail: ann@example.com\n"
                + "Permit Number\tB2609-0412\n> old text", mail.text());
    }

    @Test
    void savedHtmlWithoutHeadersIsConvertedToText() {
        MailMessage mail = reader.read(bytes("<html><body><p>Subject: Contractor - eTRAKiT Account Setup</p>"
                + "<p>1. CSLB Number: 1045872<br>2. Business Name: Park &amp; Sons</p></body></html>"));

        assertEquals("Contractor - eTRAKiT Account Setup", mail.subject());
        assertEquals("1. CSLB Number: 1045872\n2. Business Name: Park & Sons", mail.text());
    }

    @Test
    void missingHeadersAreNullNotInvented() {
        MailMessage mail = reader.read(bytes("Subject: hello\nMIME-Version: 1.0\n\nbody\n"));
        assertNull(mail.from());
        assertNull(mail.sentAt());
        assertNull(mail.messageId());
        assertFalse(mail.text().isEmpty());
    }

    /** Issue 17, item 12: a header block longer than any email's is refused at once, not parsed for minutes. */
    @Test
    void aHeaderBlockOfHundredsOfThousandsOfLinesIsRefusedFast() {
        StringBuilder pasted = new StringBuilder("From: a@example.org\nSubject: Contractor account\n");
        for (int i = 0; i < 600_000; i++) {
            pasted.append("X-Filler-").append(i).append(": value\n");
        }
        pasted.append("\nBusiness name: Acme\n");
        long start = System.nanoTime();
        NotMailException refused = assertThrows(NotMailException.class,
                () -> new MailReader().readPasted(pasted.toString()));
        assertEquals("The message has more than 10,000 header lines: it is not an email message.", refused.getMessage());
        assertThrows(NotMailException.class,
                () -> new MailReader().read(pasted.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");

        String longHeader = "From: a@example.org\nSubject: " + "x".repeat(2 * 1024 * 1024) + "\n\nBody\n";
        assertEquals("The message's header lines take more than 1 MB: it is not an email message.",
                assertThrows(NotMailException.class, () -> new MailReader().readPasted(longHeader)).getMessage());

        StringBuilder ordinary = new StringBuilder("From: a@example.org\nSubject: Contractor account\n");
        for (int i = 0; i < 300; i++) {
            ordinary.append("Received: from relay").append(i).append(".example.org\n");
        }
        ordinary.append("\nBusiness name: Acme Roofing\n");
        assertEquals("Contractor account", new MailReader().readPasted(ordinary.toString()).subject());
    }
}
