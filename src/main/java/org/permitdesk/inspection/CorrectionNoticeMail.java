package org.permitdesk.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.platform.mail.OutgoingMail;
import org.permitdesk.platform.mail.SentMail;

/**
 * Emails a correction notice, the PDF attached, to each of the permit's contacts that has an email (owner,
 * contractor, design professional, applicant; each address once). Without a mail server the mails are saved as
 * {@code .eml} files in the outbox to send from the inspector's own mail program. Never fails the result: it
 * says what happened.
 */
public final class CorrectionNoticeMail {

    /** What happened: addresses emailed, saved to the outbox (no mail server), and failures with their reason. */
    public record Sent(List<String> emailed, List<String> saved, List<String> failed) {

        public boolean nobodyToEmail() {
            return emailed.isEmpty() && saved.isEmpty() && failed.isEmpty();
        }
    }

    private final Database database;
    private final Mailer mailer;
    private final String permitCenter;

    public CorrectionNoticeMail(Database database, Mailer mailer, String permitCenter) {
        this.database = database;
        this.mailer = mailer;
        this.permitCenter = permitCenter;
    }

    /** Sends the notice of {@code inspectionId} (already made and kept) to the permit's contacts. */
    public Sent send(long inspectionId, CorrectionNoticeService.Notice notice) {
        record About(String permit, String address, String inspection, Map<String, String> recipients) {
        }
        About about = database.fromTransaction(session -> {
            Object[] row = session.createNativeQuery("""
                            SELECT p.permit_number, s.address_line, t.name, p.id
                            FROM inspection i JOIN permit p ON p.id = i.permit_id JOIN site s ON s.id = p.site_id
                            JOIN inspection_type t ON t.id = i.inspection_type_id WHERE i.id = :id""", Object[].class)
                    .setParameter("id", inspectionId).getSingleResult();
            Map<String, String> recipients = new LinkedHashMap<>();
            session.createNativeQuery("SELECT email, name, business_name FROM permit_contact WHERE permit_id = :permit"
                            + " AND email IS NOT NULL ORDER BY id", Object[].class)
                    .setParameter("permit", ((Number) row[3]).longValue()).getResultStream()
                    .filter(r -> !r[0].toString().isBlank())
                    .forEach(r -> recipients.putIfAbsent(r[0].toString().strip().toLowerCase(Locale.ROOT),
                            r[1] != null ? r[1].toString() : r[2] != null ? r[2].toString() : null));
            return new About((String) row[0], (String) row[1], (String) row[2], recipients);
        });
        List<String> emailed = new ArrayList<>();
        List<String> saved = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        OutgoingMail.Attachment pdf = new OutgoingMail.Attachment(notice.fileName(), "application/pdf", notice.pdf());
        about.recipients().forEach((address, name) -> {
            try {
                SentMail sent = mailer.send(new OutgoingMail(address, "Correction notice: permit " + about.permit()
                        + ", " + about.address(), text(name, about.permit(), about.address(), about.inspection()),
                        List.of(pdf)));
                (sent.route() == SentMail.Route.SENT_BY_SMTP ? emailed : saved).add(address);
            } catch (RuntimeException e) {
                failed.add(address + " (" + UserMessages.describe(e) + ")");
            }
        });
        return new Sent(emailed, saved, failed);
    }

    private String text(String name, String permit, String address, String inspection) {
        return "Hello" + (name == null || name.isBlank() ? "" : " " + name.strip()) + ",\n\n"
                + "The " + inspection.toLowerCase(Locale.ROOT) + " inspection of permit " + permit + " at " + address
                + " needs corrections. The correction notice is attached: it lists each item with its code "
                + "reference.\n\nMake every correction, then request a reinspection by phone or on the permit "
                + "portal. The reinspection starts with these items.\n\n" + permitCenter + "\n";
    }
}
