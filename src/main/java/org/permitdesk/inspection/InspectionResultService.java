package org.permitdesk.inspection;

import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.AuditTrail;

/**
 * Recording what the inspector found: the result, notes and, for a failed or partial inspection, the correction
 * items (at least one). Passing the final inspection when every inspection required before the final has
 * passed finals the permit.
 */
public final class InspectionResultService {

    private final Database database;
    private final PermitLifecycleService lifecycle;
    private final CorrectionNoticeService notices;
    private final CorrectionNoticeMail noticeMail;
    private final Clock clock;

    /** Without mail: notices are kept with the permit only. */
    public InspectionResultService(Database database, PermitLifecycleService lifecycle, CorrectionNoticeService notices,
                                   Clock clock) {
        this(database, lifecycle, notices, null, clock);
    }

    /** {@code noticeMail} emails each correction notice to the permit's contacts ({@code null}: not emailed). */
    public InspectionResultService(Database database, PermitLifecycleService lifecycle, CorrectionNoticeService notices,
                                   CorrectionNoticeMail noticeMail, Clock clock) {
        this.database = database;
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.noticeMail = noticeMail;
        this.clock = clock;
    }

    /** The correction item library (code reference and text; retired items left out), for the inspector to pick from. */
    public List<Correction> library() {
        return database.fromTransaction(session -> session.createNativeQuery(
                        "SELECT code_ref, text FROM correction_item WHERE active ORDER BY code_ref, text", Object[].class)
                .getResultStream().map(r -> new Correction((String) r[0], (String) r[1])).toList());
    }

    /**
     * What recording a result did: finaled the permit, or why a passed final could not final it; for a failed or
     * partial result the correction notice made (to print), otherwise {@code null}.
     */
    public record Outcome(boolean finaled, String note, CorrectionNoticeService.Notice notice) {

        public Outcome(boolean finaled, String note) {
            this(finaled, note, null);
        }
    }

    /** Records the result (kept even when finaling the permit is then refused, e.g. for fees due). */
    public Outcome record(long inspectionId, InspectionResult result, String notes, List<Correction> corrections,
                          String inspector) {
        if (result == null) {
            throw new UserFacingException("Choose the result: passed, failed, partial, not ready, no access or cancelled.");
        }
        if (result.needsCorrections() && corrections.isEmpty()) {
            throw new UserFacingException("A " + result.label().toLowerCase() + " inspection needs at least one "
                    + "correction item: pick one from the library or type it.");
        }
        long permitId = database.fromTransaction(session -> {
            Inspection inspection = session.find(Inspection.class, inspectionId);
            if (inspection == null) {
                throw new UserFacingException("That inspection no longer exists. Reload the route.");
            }
            inspection.recordResult(result, notes == null || notes.isBlank() ? null : notes.strip(), inspector,
                    clock.instant());
            Database.stampAuditUser(session, inspector);
            for (Correction c : corrections) {
                session.createNativeMutationQuery("INSERT INTO inspection_correction (inspection_id, code_ref, text)"
                                + " VALUES (:id, :code, :text)").setParameter("id", inspectionId)
                        .setParameter("code", c.codeRef()).setParameter("text", c.text()).executeUpdate();
                AuditTrail.record(session, clock.instant(), inspector, inspection.getPermitId(), "Correction item",
                        null, c.codeRef() == null ? c.text() : c.codeRef() + " " + c.text());
            }
            return inspection.getPermitId();
        });
        if (result.needsCorrections()) {
            CorrectionNoticeService.Notice notice = notices.attachNotice(inspectionId, inspector, clock.instant());
            return new Outcome(false, "Correction notice saved with the permit" + mailNotice(inspectionId, notice),
                    notice);
        }
        return result == InspectionResult.PASSED ? finalIfComplete(permitId, inspectionId, inspector)
                : new Outcome(false, "");
    }

    /** Emails the notice (when mail is set up here), notes it on the kept notice and says how it went. */
    private String mailNotice(long inspectionId, CorrectionNoticeService.Notice notice) {
        if (noticeMail == null) {
            return ".";
        }
        CorrectionNoticeMail.Sent sent;
        try {
            sent = noticeMail.send(inspectionId, notice);
        } catch (RuntimeException e) { // the result and the notice are kept: only the emailing failed
            return "; not emailed: " + org.permitdesk.platform.UserMessages.describe(e)
                    + " Print the notice and hand it over, or send it from your mail program (it is in the permit's attachments).";
        }
        if (sent.nobodyToEmail()) {
            return "; not emailed: no contact on the permit has an email address.";
        }
        List<String> said = new java.util.ArrayList<>();
        List<String> noted = new java.util.ArrayList<>();
        if (!sent.emailed().isEmpty()) {
            said.add("emailed to " + String.join(", ", sent.emailed()));
            noted.add("emailed to " + String.join(", ", sent.emailed()));
        }
        if (!sent.saved().isEmpty()) {
            said.add("no mail server is set up, so the emails to " + String.join(", ", sent.saved())
                    + " are saved in the outbox folder: send them from your mail program");
            noted.add("email saved for " + String.join(", ", sent.saved()));
        }
        if (!sent.failed().isEmpty()) {
            said.add("not emailed to " + String.join(", ", sent.failed()));
        }
        if (!noted.isEmpty()) {
            notices.noteOnNotice(notice, String.join("; ", noted));
        }
        return "; " + String.join("; ", said) + ".";
    }

    private Outcome finalIfComplete(long permitId, long inspectionId, String inspector) {
        boolean complete = database.fromTransaction(session -> isFinalPassedWithAllRequired(session, permitId, inspectionId));
        if (!complete) {
            return new Outcome(false, "");
        }
        long version = database.fromTransaction(session -> session.find(Permit.class, permitId).getVersion());
        try {
            lifecycle.perform(permitId, version, PermitAction.FINAL, null, false, inspector);
            return new Outcome(true, "The permit is finaled.");
        } catch (UserFacingException refused) {
            return new Outcome(false, refused.getMessage());
        }
    }

    private static boolean isFinalPassedWithAllRequired(Session session, long permitId, long inspectionId) {
        Permit permit = session.find(Permit.class, permitId);
        String code = session.createNativeQuery("SELECT t.code FROM inspection i JOIN inspection_type t"
                + " ON t.id = i.inspection_type_id WHERE i.id = :id", String.class)
                .setParameter("id", inspectionId).getSingleResult();
        if (permit.getStatus() != PermitStatus.ISSUED || !"FINAL".equals(code)) {
            return false;
        }
        Long missing = session.createNativeQuery("""
                        SELECT COUNT(*) FROM inspection_type t
                        WHERE t.permit_type_id = :type AND t.required_for_final AND t.active
                          AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.permit_id = :permit
                                          AND i.inspection_type_id = t.id AND i.result = 'PASSED')""", Long.class)
                .setParameter("type", permit.getType().getId()).setParameter("permit", permitId).getSingleResult();
        return missing == 0;
    }
}
