package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** A failed or partial result's correction notice is emailed, the PDF attached, to each contact with an email. */
class CorrectionNoticeMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("permits@city.example", "permits", "secret"));

    private static final List<Correction> ITEMS = List.of(new Correction("CPC 507.2", "Strap the water heater."),
            new Correction(null, "Label the gas shut-off."));

    @TempDir
    Path outbox;

    private Mailer smtp() {
        return new Mailer(new MailSettings(new MailSettings.Smtp(GREEN_MAIL.getSmtp().getBindTo(),
                GREEN_MAIL.getSmtp().getPort(), MailSettings.TlsMode.NONE, "permits", "secret"),
                MailSettings.Imap.none(), "Permit Center <permits@city.example>"), outbox, InspectionFixtures.CLOCK);
    }

    @DatabaseTest
    void theNoticeIsEmailedWithThePdfToEachContactWithAnEmailAndNotedOnThePermit(TestDb db) throws Exception {
        Database database = db.database();
        long permit = InspectionFixtures.issuedPermit(database, "5 Notice Ln", 33.72, -116.37, "Notice Builders");
        database.inTransaction(s -> s.createNativeMutationQuery("INSERT INTO permit_contact (permit_id, role, name,"
                + " email) VALUES (:id, 'APPLICANT', 'Same Owner', 'OWNER@example.com')").setParameter("id", permit)
                .executeUpdate()); // the owner's address again: one mail
        long inspection = inspection(database, permit);

        InspectionResultService.Outcome outcome = InspectionFixtures.results(database,
                new CorrectionNoticeMail(database, smtp(), "Palm Valley Permit Center"))
                .record(inspection, InspectionResult.FAILED, null, ITEMS, TestUsers.inspector("ray"));

        assertTrue(outcome.note().endsWith("emailed to owner@example.com, office@example.com."), outcome.note());
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(List.of("owner@example.com", "office@example.com"), Arrays.stream(received)
                .map(m -> address(m)).toList());
        for (MimeMessage mail : received) {
            assertTrue(mail.getSubject().startsWith("Correction notice: permit "), mail.getSubject());
            assertTrue(mail.getSubject().endsWith(", 5 Notice Ln"), mail.getSubject());
            Multipart parts = (Multipart) mail.getContent();
            assertTrue(parts.getBodyPart(0).getContent().toString().contains("The reinspection starts with these items."));
            BodyPart pdf = parts.getBodyPart(1);
            assertEquals(Part.ATTACHMENT, pdf.getDisposition());
            assertTrue(pdf.getFileName().startsWith("Correction notice ") && pdf.getFileName().endsWith(".pdf"));
            try (InputStream in = pdf.getInputStream()) {
                String text = PdfText.of(in.readAllBytes()).replaceAll("\\s+", " ");
                assertTrue(text.contains("CPC 507.2") && text.contains("Label the gas shut-off."), text);
            }
        }
        assertTrue(attachmentName(database, permit).endsWith(
                "(emailed to owner@example.com, office@example.com).pdf"), attachmentName(database, permit));
        assertTrue(Arrays.equals(outcome.notice().pdf(), attachmentContent(database, permit)),
                "the notice to print is the one kept with the permit");
    }

    @DatabaseTest
    void withoutAnyEmailAddressNothingIsSentAndTheInspectorIsTold(TestDb db) {
        Database database = db.database();
        long permit = InspectionFixtures.issuedPermit(database, "6 Notice Ln", 33.72, -116.37, "No Mail Builders");
        database.inTransaction(s -> s.createNativeMutationQuery("UPDATE permit_contact SET email = NULL WHERE"
                + " permit_id = :id").setParameter("id", permit).executeUpdate());
        long inspection = inspection(database, permit);

        InspectionResultService.Outcome outcome = InspectionFixtures.results(database,
                new CorrectionNoticeMail(database, smtp(), "Palm Valley Permit Center"))
                .record(inspection, InspectionResult.PARTIAL, null, ITEMS, TestUsers.inspector("ray"));

        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
        assertTrue(outcome.note().startsWith("Correction notice saved with the permit; not emailed: no contact on the"
                + " permit has an email address."), outcome.note());
        assertTrue(attachmentName(database, permit).matches("Correction notice .* inspection \\d+\\.pdf"),
                attachmentName(database, permit));
    }

    @DatabaseTest
    void withoutAMailServerTheMailsAreSavedInTheOutboxWithTheNotice(TestDb db) throws Exception {
        Database database = db.database();
        long permit = InspectionFixtures.issuedPermit(database, "7 Notice Ln", 33.72, -116.37, null);
        long inspection = inspection(database, permit);
        Mailer noServer = new Mailer(MailSettings.none(), outbox, InspectionFixtures.CLOCK);

        InspectionResultService.Outcome outcome = InspectionFixtures.results(database,
                new CorrectionNoticeMail(database, noServer, "Palm Valley Permit Center"))
                .record(inspection, InspectionResult.FAILED, null, ITEMS, TestUsers.inspector("ray"));

        assertTrue(outcome.note().contains("no mail server is set up, so the emails to owner@example.com are saved in"
                + " the outbox folder: send them from your mail program"), outcome.note());
        List<Path> saved = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox)) {
            files.forEach(saved::add);
        }
        assertEquals(1, saved.size());
        String eml = Files.readString(saved.get(0));
        assertTrue(eml.contains("application/pdf") && eml.contains("Content-Disposition: attachment"), eml);
        assertTrue(attachmentName(database, permit).endsWith("(email saved for owner@example.com).pdf"));
    }

    private static long inspection(Database database, long permit) {
        long inspector = InspectionFixtures.inspector(database, "Ray " + UUID.randomUUID());
        return InspectionFixtures.assigned(database, permit, InspectionFixtures.type(database, permit, "FOOTING"),
                TimeWindow.AM, inspector);
    }

    private static String address(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String attachmentName(Database database, long permit) {
        return database.fromTransaction(s -> s.createNativeQuery("SELECT file_name FROM permit_attachment"
                + " WHERE permit_id = :id", String.class).setParameter("id", permit).getSingleResult());
    }

    private static byte[] attachmentContent(Database database, long permit) {
        return database.fromTransaction(s -> s.createNativeQuery("SELECT content FROM permit_attachment"
                + " WHERE permit_id = :id", byte[].class).setParameter("id", permit).getSingleResult());
    }
}
