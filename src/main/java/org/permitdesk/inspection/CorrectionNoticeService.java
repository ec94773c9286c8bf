package org.permitdesk.inspection;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.platform.db.AuditTrail;

/**
 * The correction notice of a failed or partial inspection (template {@code reports/correction_notice.jrxml}):
 * jurisdiction, permit, address, inspection, date, inspector, result, each correction item with its code
 * reference, reinspection instructions and signature lines. Stored with the permit as an attachment.
 * Slow (fills a report): never on the JavaFX thread.
 */
public final class CorrectionNoticeService {

    public static final String TEMPLATE = "correction_notice.jrxml";
    /** The jurisdiction's logo on printed notices and route sheets, when an administrator puts it in reports/. */
    public static final String LOGO = "logo.png";
    private static final int NAME_LENGTH = 255;

    /** A notice kept with the permit: the attachment, its file name and the PDF. */
    public record Notice(long attachmentId, String fileName, byte[] pdf) {
    }

    private final Database database;
    private final ReportTemplates templates;
    private final String jurisdiction;

    public CorrectionNoticeService(Database database, ReportTemplates templates, String jurisdiction) {
        this.database = database;
        this.templates = templates;
        this.jurisdiction = jurisdiction;
    }

    /** The notice as a PDF. */
    public byte[] noticePdf(long inspectionId) {
        Map<String, Object> parameters = new HashMap<>();
        List<Map<String, ?>> items = new java.util.ArrayList<>();
        database.inTransaction(session -> {
            Object[] row = session.createNativeQuery("""
                            SELECT p.permit_number, s.address_line, s.city, t.name, i.requested_date,
                                   COALESCE(u.full_name, i.resulted_by), i.result, i.result_notes
                            FROM inspection i JOIN permit p ON p.id = i.permit_id JOIN site s ON s.id = p.site_id
                            JOIN inspection_type t ON t.id = i.inspection_type_id
                            LEFT JOIN staff_user u ON u.username = i.resulted_by WHERE i.id = :id""", Object[].class)
                    .setParameter("id", inspectionId).uniqueResultOptional()
                    .orElseThrow(() -> new UserFacingException("That inspection no longer exists."));
            parameters.put("PERMIT_NUMBER", row[0]);
            parameters.put("ADDRESS", row[2] == null ? row[1] : row[1] + ", " + row[2]);
            parameters.put("INSPECTION", row[3]);
            parameters.put("DATE", row[4] instanceof java.sql.Date sql ? Formats.date(sql.toLocalDate())
                    : Formats.date((java.time.LocalDate) row[4]));
            parameters.put("INSPECTOR", row[5]);
            parameters.put("RESULT", row[6] == null ? "" : InspectionResult.valueOf(row[6].toString()).label());
            parameters.put("NOTES", row[7]);
            session.createNativeQuery("SELECT code_ref, text FROM inspection_correction WHERE inspection_id = :id"
                            + " ORDER BY id", Object[].class).setParameter("id", inspectionId).getResultStream()
                    .forEach(r -> items.add(Map.of("codeRef", r[0] == null ? "" : r[0], "text", r[1])));
        });
        parameters.put(JRParameter.REPORT_LOCALE, Locale.US);
        parameters.put("JURISDICTION", jurisdiction);
        parameters.put("LOGO", templates.optionalImage(LOGO));
        return templates.pdf(TEMPLATE, parameters, new JRMapCollectionDataSource(items));
    }

    /** Makes the notice and keeps it with the permit as an attachment. */
    public Notice attachNotice(long inspectionId, String user, Instant at) {
        byte[] pdf = noticePdf(inspectionId);
        return database.fromTransaction(session -> {
            Object[] row = session.createNativeQuery("SELECT i.permit_id, p.permit_number FROM inspection i"
                    + " JOIN permit p ON p.id = i.permit_id WHERE i.id = :id", Object[].class)
                    .setParameter("id", inspectionId).getSingleResult();
            String name = "Correction notice " + row[1] + " inspection " + inspectionId + ".pdf";
            session.createNativeMutationQuery("INSERT INTO permit_attachment (permit_id, file_name, content_type,"
                            + " size_bytes, content, added_by, added_at) VALUES (:permit, :name, 'application/pdf',"
                            + " :size, :content, :user, :at)")
                    .setParameter("permit", ((Number) row[0]).longValue()).setParameter("name", name)
                    .setParameter("size", (long) pdf.length).setParameter("content", pdf)
                    .setParameter("user", user).setParameter("at", at).executeUpdate();
            AuditTrail.record(session, at, user, ((Number) row[0]).longValue(), "Attachment", null, name);
            long id = session.createNativeQuery("SELECT MAX(id) FROM permit_attachment WHERE permit_id = :permit"
                    + " AND file_name = :name", Long.class).setParameter("permit", ((Number) row[0]).longValue())
                    .setParameter("name", name).getSingleResult();
            return new Notice(id, name, pdf);
        });
    }

    /**
     * Marks the notices kept for the inspection as superseded after its result was corrected ("Superseded (corrected
     * to Passed) — Correction notice B2703-101 inspection 42.pdf"): they stay in the permit's attachments, but the
     * inspection no longer shows them as its notice.
     */
    void supersede(org.hibernate.Session session, long inspectionId, InspectionResult correctedTo) {
        String prefix = "Superseded (corrected to " + correctedTo.label() + ") \u2014 ";
        session.createNativeQuery("""
                        SELECT a.id, a.file_name FROM permit_attachment a JOIN inspection i ON i.permit_id = a.permit_id
                        WHERE i.id = :id AND (a.file_name LIKE :plain OR a.file_name LIKE :noted)""", Object[].class)
                .setParameter("id", inspectionId)
                .setParameter("plain", "Correction notice % inspection " + inspectionId + ".pdf")
                .setParameter("noted", "Correction notice % inspection " + inspectionId + " (%")
                .getResultList().forEach(r -> {
                    String name = prefix + r[1];
                    session.createNativeMutationQuery("UPDATE permit_attachment SET file_name = :name WHERE id = :id")
                            .setParameter("name", name.length() <= NAME_LENGTH ? name
                                    : name.substring(0, NAME_LENGTH - 5) + "\u2026.pdf")
                            .setParameter("id", ((Number) r[0]).longValue()).executeUpdate();
                });
    }

    /**
     * Notes on the kept notice how it went out, in its name as the permit's attachments list shows it:
     * "Correction notice … (emailed to a@b.example, c@d.example).pdf".
     */
    public String noteOnNotice(Notice notice, String how) {
        String base = notice.fileName().replaceAll("\\.pdf$", "");
        String name = base + " (" + how + ").pdf";
        if (name.length() > NAME_LENGTH) {
            name = (base + " (" + how).substring(0, NAME_LENGTH - 6) + "…).pdf";
        }
        String renamed = name;
        database.inTransaction(session -> session.createNativeMutationQuery(
                        "UPDATE permit_attachment SET file_name = :name WHERE id = :id")
                .setParameter("name", renamed).setParameter("id", notice.attachmentId()).executeUpdate());
        return renamed;
    }
}
