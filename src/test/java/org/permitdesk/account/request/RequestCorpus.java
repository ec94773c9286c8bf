package org.permitdesk.account.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Account requests generated from the three templates in the shapes real mail takes (issue 23): each sample
 * (demo names only) written in every shape, with the fields the reader must find. Shapes: the template as sent,
 * addresses on two lines, values under their labels, labels without colons, usual synonyms, bullets, signatures
 * with other phones, phone extensions and +1, HTML tables, multipart alternatives, Latin-1 and Windows-1252
 * bodies, base64, attachments, Outlook and Gmail forwards and replies above the quoted thread.
 */
final class RequestCorpus {

    /** One generated message and what the reader must find in it. */
    record Variant(String name, byte[] message, AccountType type, Map<String, String> fields) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A template field: its label, a usual synonym, the value as written (one line per entry) and as kept. */
    record Field(String key, String label, String synonym, List<String> written, String kept) {

        Field with(String value, String keptValue) {
            return new Field(key, label, synonym, List.of(value.split("\n")), keptValue);
        }
    }

    /** A filled-in template: who sends it and the fields in the handout's order. */
    record Sample(AccountType type, String sender, String senderName, List<Field> fields) {

        Sample with(String key, String written, String kept) {
            return new Sample(type, sender, senderName, fields.stream()
                    .map(field -> field.key().equals(key) ? field.with(written, kept) : field).toList());
        }

        Map<String, String> expected() {
            Map<String, String> expected = new LinkedHashMap<>();
            fields.forEach(field -> expected.put(field.key(), field.kept()));
            return expected;
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String DATE = "Mon, 05 Oct 2026 09:14:00 -0700";

    static final Sample CONTRACTOR = new Sample(AccountType.CONTRACTOR, "jordan@sonoran-demo.example.com",
            "Jordan Example", List.of(
                    field("cslbNumber", "CSLB Number", "License #", "1045872", "1045872"),
                    field("businessName", "Business Name", "Company Name", "Sonoran Demo Electric",
                            "Sonoran Demo Electric"),
                    field("mailingAddress", "Mailing Address", "Mailing Address",
                            "74-100 Demo Hwy, Suite 5\nPalm Desert, CA 92260",
                            "74-100 Demo Hwy, Suite 5, Palm Desert, CA 92260"),
                    field("contactName", "Contact Person Name", "Contact Name", "Jordan Example", "Jordan Example"),
                    field("email", "Contact Email", "E-mail", "jordan@sonoran-demo.example.com",
                            "jordan@sonoran-demo.example.com"),
                    field("phone", "Contact Phone Number", "Phone", "760-555-0142", "(760) 555-0142")));

    static final Sample OWNER = new Sample(AccountType.PROPERTY_OWNER, "casey.sample@example.com", "Casey Sample",
            List.of(
                    field("name", "Name", "Owner Name", "Casey Sample", "Casey Sample"),
                    field("address", "Address", "Property Address", "45-210 Example Ln\nIndio, CA 92201",
                            "45-210 Example Ln, Indio, CA 92201"),
                    field("phone", "Phone Number", "Phone", "(760) 555-0177", "(760) 555-0177"),
                    field("permitNumber", "Permit Number", "Permit #", "B2609-0412", "B2609-0412"),
                    field("email", "Contact Email", "E-mail", "casey.sample@example.com", "casey.sample@example.com")));

    static final Sample DESIGNER = new Sample(AccountType.DESIGN_PROFESSIONAL, "riley@arroyo-demo.example.com",
            "Riley Placeholder", List.of(
                    field("businessName", "Business Name", "Company Name", "Arroyo Demo Studio", "Arroyo Demo Studio"),
                    field("mailingAddress", "Mailing Address", "Mailing Address",
                            "1 Sample Plaza, Floor 2\nPalm Springs, CA 92262",
                            "1 Sample Plaza, Floor 2, Palm Springs, CA 92262"),
                    field("contactName", "Contact Person Name", "Contact Name", "Riley Placeholder",
                            "Riley Placeholder"),
                    field("email", "Contact Email", "E-mail", "riley@arroyo-demo.example.com",
                            "riley@arroyo-demo.example.com"),
                    field("phone", "Contact Phone Number", "Phone", "442.555.0190", "(442) 555-0190"),
                    field("permitNumber", "Permit Number", "Permit #", "RERF2026-0031", "RERF2026-0031")));

    private RequestCorpus() {
    }

    private static Field field(String key, String label, String synonym, String written, String kept) {
        return new Field(key, label, synonym, List.of(written.split("\n")), kept);
    }

    /** Every sample in every shape. */
    static List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        for (Sample sample : List.of(CONTRACTOR, OWNER, DESIGNER)) {
            variants.addAll(shapes(sample));
        }
        return variants;
    }

    private static List<Variant> shapes(Sample sample) {
        String prefix = sample.type().name().toLowerCase().replace('_', '-') + "/";
        String subject = sample.type().templateSubject();
        String intro = "Hello,\n\nPlease set up an eTRAKiT account for me.\n\n";
        String thanks = "\nThank you,\n" + sample.senderName() + "\n";
        List<Variant> shapes = new ArrayList<>();
        Function<Sample, String> template = s -> intro + lines(s, Layout.TEMPLATE, false) + thanks;
        shapes.add(plain(prefix + "template", sample, subject, template.apply(sample)));
        shapes.add(plain(prefix + "two-line-addresses", sample, subject,
                intro + lines(sample, Layout.TWO_LINE_ADDRESS, false) + thanks));
        shapes.add(plain(prefix + "values-under-labels", sample, subject,
                intro + lines(sample, Layout.VALUE_BELOW, false) + thanks));
        shapes.add(plain(prefix + "labels-without-colons", sample, subject,
                intro + lines(sample, Layout.NO_COLON, false) + thanks));
        shapes.add(plain(prefix + "bare-labels-without-colons", sample, subject,
                intro + lines(sample, Layout.BARE_NO_COLON, true) + thanks));
        shapes.add(plain(prefix + "synonyms", sample, "eTRAKiT account setup - " + sample.type().displayName(),
                intro + lines(sample, Layout.TWO_LINE_ADDRESS, true) + thanks));
        shapes.add(plain(prefix + "bullets", sample, subject, intro + lines(sample, Layout.BULLETS, false) + thanks));
        shapes.add(plain(prefix + "signature-with-other-phones", sample, subject, intro
                + lines(sample, Layout.TEMPLATE, false) + "\nThanks,\n" + sample.senderName() + "\nDemo Office Group\n"
                + "Office: 760-555-0100\nFax: (760) 555-0101\nCell: 760.555.0199\nEmail: office@demo-group.example.com\n"));
        Sample extension = sample.with("phone", "(760) 555-0142 ext. 204", "(760) 555-0142 x204");
        shapes.add(plain(prefix + "phone-with-extension", extension, subject, template.apply(extension)));
        Sample plusOne = sample.with("phone", "+1 760 555 0142", "(760) 555-0142");
        shapes.add(plain(prefix + "phone-with-plus-one", plusOne, subject, template.apply(plusOne)));
        shapes.add(html(prefix + "html-table", sample, subject, false));
        shapes.add(html(prefix + "html-alternative", sample, subject, true));
        Sample accented = accented(sample);
        shapes.add(encoded(prefix + "latin-1-quoted-printable", accented, subject, template.apply(accented),
                StandardCharsets.ISO_8859_1, "iso-8859-1", "quoted-printable"));
        Sample curly = curly(sample);
        shapes.add(encoded(prefix + "windows-1252", curly, subject, template.apply(curly), WINDOWS_1252,
                "windows-1252", "8bit"));
        shapes.add(encoded(prefix + "windows-1252-labelled-latin-1", curly, subject, template.apply(curly),
                WINDOWS_1252, "iso-8859-1", "8bit"));
        shapes.add(encoded(prefix + "base64", accented, subject, template.apply(accented), StandardCharsets.UTF_8,
                "utf-8", "base64"));
        shapes.add(withAttachment(prefix + "attachment", sample, subject, template.apply(sample)));
        shapes.add(plain(prefix + "outlook-forward", sample, "FW: " + subject, outlookForward(sample, subject,
                template.apply(sample))));
        shapes.add(plain(prefix + "gmail-forward", sample, "Fwd: " + subject, gmailForward(sample, subject,
                template.apply(sample))));
        shapes.add(plain(prefix + "reply-above-quoted-thread", sample, "RE: " + subject,
                reply(sample, lines(sample, Layout.TEMPLATE, false))));
        Sample older = sample.with("phone", "909-555-0123", "(909) 555-0123");
        shapes.add(plain(prefix + "reply-correcting-the-quoted-request", sample, "RE: " + subject,
                "Sorry, my phone number was wrong. Corrected:\n\n" + lines(sample, Layout.TEMPLATE, false) + thanks
                        + "\n-----Original Message-----\nFrom: " + sample.senderName() + " <" + sample.sender()
                        + ">\nSent: Friday, October 2, 2026 3:00 PM\nTo: permits@city.example.gov\nSubject: " + subject
                        + "\n\n" + lines(older, Layout.TEMPLATE, false)));
        if (sample.type() == AccountType.CONTRACTOR) {
            for (String written : List.of("1045872 C-10 Electrical (active)", "#1045872 - B, C-36 Plumbing",
                    "1045872 Active")) {
                Sample classified = sample.with("cslbNumber", written, "1045872");
                shapes.add(plain(prefix + "licence-then-" + written.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(),
                        classified, subject, template.apply(classified)));
            }
        }
        return shapes;
    }

    private enum Layout { TEMPLATE, TWO_LINE_ADDRESS, VALUE_BELOW, NO_COLON, BARE_NO_COLON, BULLETS }

    /** The fields written one way; {@code synonyms} uses the usual other label ("License #", "E-mail"). */
    static String lines(Sample sample, Layout layout, boolean synonyms) {
        StringBuilder text = new StringBuilder();
        int number = 1;
        for (Field field : sample.fields()) {
            String label = synonyms ? field.synonym() : field.label();
            String numbered = number++ + ". " + label;
            String oneLine = String.join(", ", field.written());
            String lines = String.join("\n", field.written());
            switch (layout) {
                case TEMPLATE -> text.append(numbered).append(": ").append(oneLine).append('\n');
                case TWO_LINE_ADDRESS -> text.append(numbered).append(": ").append(lines).append('\n');
                case VALUE_BELOW -> text.append(numbered).append(":\n").append(lines).append("\n\n");
                case NO_COLON -> text.append(numbered).append('\n').append(lines).append("\n\n");
                case BARE_NO_COLON -> text.append(label).append('\n').append(lines).append('\n');
                case BULLETS -> text.append("- ").append(label).append(": ").append(oneLine).append('\n');
                default -> throw new IllegalArgumentException(layout.name());
            }
        }
        return text.toString();
    }

    private static Sample accented(Sample sample) {
        String name = sample.type() == AccountType.PROPERTY_OWNER ? "name" : "contactName";
        Sample renamed = sample.with(name, "José Núñez-Ejemplo", "José Núñez-Ejemplo");
        return sample.type() == AccountType.PROPERTY_OWNER ? renamed
                : renamed.with("businessName", "Diseño Demo Café", "Diseño Demo Café");
    }

    private static Sample curly(Sample sample) {
        String name = sample.type() == AccountType.PROPERTY_OWNER ? "name" : "contactName";
        return sample.with(name, "Pat O’Demo", "Pat O’Demo");
    }

    private static Variant plain(String name, Sample sample, String subject, String body) {
        return encoded(name, sample, subject, body, StandardCharsets.UTF_8, "utf-8", "8bit");
    }

    private static Variant encoded(String name, Sample sample, String subject, String body, Charset charset,
                                   String label, String transferEncoding) {
        byte[] encodedBody = encode(body.replace("\n", "\r\n").getBytes(charset), transferEncoding);
        byte[] message = concat(headers(sample, subject, "text/plain; charset=\"" + label + "\"", transferEncoding)
                .getBytes(StandardCharsets.US_ASCII), encodedBody);
        return new Variant(name, message, sample.type(), sample.expected());
    }

    private static Variant html(String name, Sample sample, String subject, boolean withPlainAlternative) {
        StringBuilder html = new StringBuilder("<html><body><p>Hello,</p><p>Please set up an eTRAKiT account.</p>"
                + "<table border=\"1\">");
        for (Field field : sample.fields()) {
            html.append("<tr><td><b>").append(field.label()).append("</b></td><td>")
                    .append(String.join("<br>", field.written()).replace("&", "&amp;")).append("</td></tr>\r\n");
        }
        html.append("</table><p>Thank you,<br>").append(sample.senderName()).append("</p></body></html>\r\n");
        if (!withPlainAlternative) {
            return new Variant(name, (headers(sample, subject, "text/html; charset=\"utf-8\"", "8bit") + html)
                    .getBytes(StandardCharsets.UTF_8), sample.type(), sample.expected());
        }
        String plain = lines(sample, Layout.TWO_LINE_ADDRESS, false).replace("\n", "\r\n");
        String message = headers(sample, subject, "multipart/alternative; boundary=\"alt\"", "7bit")
                + "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain
                + "\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--alt--\r\n";
        return new Variant(name, message.getBytes(StandardCharsets.UTF_8), sample.type(), sample.expected());
    }

    /** A PDF and a text file attached: their own phone numbers and emails are not the request's. */
    private static Variant withAttachment(String name, Sample sample, String subject, String body) {
        String pdf = Base64.getMimeEncoder().encodeToString(("%PDF-1.4\n1 0 obj << >> endobj\n(Phone: 909-555-0000)"
                + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        String message = headers(sample, subject, "multipart/mixed; boundary=\"mix\"", "7bit")
                + "--mix\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
                + "\r\n--mix\r\nContent-Type: application/pdf; name=\"license.pdf\"\r\n"
                + "Content-Disposition: attachment; filename=\"license.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + pdf + "\r\n--mix\r\nContent-Type: text/plain; name=\"old-form.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"old-form.txt\"\r\n\r\n"
                + "Contact Email: old-address@example.net\r\nContact Phone Number: 909-555-0001\r\n--mix--\r\n";
        return new Variant(name, message.getBytes(StandardCharsets.UTF_8), sample.type(), sample.expected());
    }

    /** A colleague forwards it from Outlook, with their own signature and phone above the forwarded headers. */
    private static String outlookForward(Sample sample, String subject, String original) {
        return "Please set this one up.\n\nMorgan Clerkdemo\nPermit Technician | Demo City Permit Center\n"
                + "Phone: 760-555-0300 ext. 7\n\n________________________________\nFrom: " + sample.senderName()
                + " <" + sample.sender() + ">\nSent: Monday, October 5, 2026 9:14 AM\nTo: Permit Center"
                + " <permits@city.example.gov>\nSubject: " + subject + "\n\n" + original;
    }

    private static String gmailForward(Sample sample, String subject, String original) {
        return "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: " + sample.senderName() + " <"
                + sample.sender() + ">\nDate: Mon, Oct 5, 2026 at 9:14 AM\nSubject: " + subject
                + "\nTo: <permits@city.example.gov>\n\n" + original;
    }

    /** The sender answers the permit center's message above it; the quoted thread has the empty template and a phone. */
    private static String reply(Sample sample, String fields) {
        StringBuilder quoted = new StringBuilder("Thank you for contacting the Demo City Permit Center.\n"
                + "Please reply with the following:\n\n");
        int number = 1;
        for (Field field : sample.fields()) {
            quoted.append(number++).append(". ").append(field.label()).append(":\n");
        }
        quoted.append("\nPermit Center\nPhone: (760) 555-0400\npermits@city.example.gov\n");
        String quotedText = quoted.toString().lines().map(line -> line.isEmpty() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
        return "Here is my information:\n\n" + fields + "\nThanks,\n" + sample.senderName()
                + "\n\nOn Fri, Oct 2, 2026 at 4:05 PM Permit Center <permits@city.example.gov> wrote:\n" + quotedText
                + "\n";
    }

    private static String headers(Sample sample, String subject, String contentType, String transferEncoding) {
        return "From: " + sample.senderName() + " <" + sample.sender() + ">\r\nTo: permits@city.example.gov\r\n"
                + "Subject: " + subject + "\r\nDate: " + DATE + "\r\nMessage-ID: <" + Math.abs(subject.hashCode())
                + "." + sample.sender() + ">\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n"
                + "Content-Transfer-Encoding: " + transferEncoding + "\r\n\r\n";
    }

    private static byte[] encode(byte[] body, String transferEncoding) {
        if (transferEncoding.equals("base64")) {
            return (Base64.getMimeEncoder().encodeToString(body) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        if (!transferEncoding.equals("quoted-printable")) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream qp = jakarta.mail.internet.MimeUtility.encode(out, "quoted-printable")) {
            qp.write(body);
        } catch (IOException | jakarta.mail.MessagingException impossible) {
            throw new UncheckedIOException(new IOException(impossible));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
