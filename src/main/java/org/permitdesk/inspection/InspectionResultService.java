package org.permitdesk.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.AuditTrail;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Recording what the inspector found: the result, notes and, for a failed or partial inspection, the correction
 * items (at least one) — for an assigned inspection, from its day on. A recorded result is changed only as a
 * correction with a reason (the old result kept in the inspection's history). Passing the final inspection when
 * every inspection required before the final has passed finals the permit.
 */
public final class InspectionResultService {

    /** "Thu, Dec 10": the inspection's day in a refusal. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);

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

    /**
     * Records the result of an assigned inspection, on or after its day (kept even when finaling the permit is then
     * refused, e.g. for fees due). A result already recorded is changed only by {@link #correct}.
     */
    public Outcome record(long inspectionId, InspectionResult result, String notes, List<Correction> corrections,
                          SignedInUser who) {
        who.require(Permission.RECORD_RESULTS);
        checkResult(result, corrections);
        long permitId = database.fromTransaction(session -> {
            Inspection inspection = find(session, inspectionId);
            if (inspection.getResult() != null) {
                throw new UserFacingException("This inspection already has a result (" + inspection.getResult().label()
                        + ", recorded by " + inspection.getResultedBy() + " on "
                        + Formats.dateTime(inspection.getResultedAt()) + "). To change it, use Correct result and give"
                        + " the reason.");
            }
            if (inspection.getStatus() == InspectionStatus.CANCELLED) {
                throw new UserFacingException("This inspection was cancelled"
                        + (inspection.getCancelReason() == null ? "" : " (" + inspection.getCancelReason() + ")")
                        + ": there is nothing to record. Request a new inspection if it is needed.");
            }
            if (inspection.getInspectorId() == null || inspection.getStatus() != InspectionStatus.ASSIGNED) {
                throw new UserFacingException("Assign an inspector first: a result is recorded for an assigned"
                        + " inspection.");
            }
            LocalDate today = LocalDate.now(clock);
            if (inspection.getRequestedDate().isAfter(today)) {
                throw new UserFacingException("This inspection is on " + DAY.format(inspection.getRequestedDate())
                        + ": results can be recorded from that day.");
            }
            inspection.recordResult(result, blankToNull(notes), who.username(), clock.instant());
            addItems(session, inspection, corrections, who);
            Database.stampAuditUser(session, who.username());
            return inspection.getPermitId();
        });
        return afterResult(permitId, inspectionId, result, who, "");
    }

    /**
     * Corrects a recorded result, with the reason: the result it replaces (with its notes and correction items) is
     * kept in the inspection's history; the correction items become those of the corrected result, so a corrected
     * pass leaves nothing open. A correction notice of the old result is marked superseded; a corrected failed or
     * partial result gets its own notice; a corrected pass of the final inspection finals the permit when complete.
     */
    public Outcome correct(long inspectionId, InspectionResult result, String notes, List<Correction> corrections,
                           String reason, SignedInUser who) {
        who.require(Permission.CORRECT_RESULTS);
        checkResult(result, corrections);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("Give the reason for the correction (it is kept in the inspection's"
                    + " history with the result it replaces).");
        }
        InspectionResult old = database.fromTransaction(session -> {
            Inspection inspection = find(session, inspectionId);
            InspectionResult was = inspection.getResult();
            if (was == null) {
                throw new UserFacingException("This inspection has no result yet: record the result instead of"
                        + " correcting it.");
            }
            List<Correction> oldItems = OpenCorrections.itemsOf(session, inspectionId);
            session.createNativeMutationQuery("""
                            INSERT INTO inspection_result_change (inspection_id, old_result, new_result, old_notes,
                                old_corrections, old_resulted_by, old_resulted_at, reason, changed_by, changed_at)
                            VALUES (:id, :old, :new, :notes, :items, :by, :at, :reason, :user, :now)""")
                    .setParameter("id", inspectionId).setParameter("old", was.name())
                    .setParameter("new", result.name()).setParameter("notes", inspection.getResultNotes())
                    .setParameter("items", oldItems.isEmpty() ? null : truncate(String.join("\n",
                            oldItems.stream().map(Correction::label).toList()), 4000))
                    .setParameter("by", inspection.getResultedBy()).setParameter("at", inspection.getResultedAt())
                    .setParameter("reason", truncate(reason.strip(), 500)).setParameter("user", who.username())
                    .setParameter("now", clock.instant()).executeUpdate();
            session.createNativeMutationQuery("DELETE FROM inspection_correction WHERE inspection_id = :id")
                    .setParameter("id", inspectionId).executeUpdate();
            inspection.correctResult(result, blankToNull(notes));
            addItems(session, inspection, corrections, who);
            if (was.needsCorrections()) {
                notices.supersede(session, inspectionId, result);
            }
            Database.stampAuditUser(session, who.username());
            return was;
        });
        long permitId = database.fromTransaction(session -> find(session, inspectionId).getPermitId());
        String corrected = "Corrected from " + old.label().toLowerCase() + " to " + result.label().toLowerCase()
                + (old.needsCorrections() ? "; the earlier correction notice is marked superseded" : "") + ".";
        return afterResult(permitId, inspectionId, result, who, corrected);
    }

    /** The notice of a failed or partial result; the final of a passed final inspection. */
    private Outcome afterResult(long permitId, long inspectionId, InspectionResult result, SignedInUser who,
                                String said) {
        String lead = said.isEmpty() ? "" : said + " ";
        if (result.needsCorrections()) {
            CorrectionNoticeService.Notice notice = notices.attachNotice(inspectionId, who.username(), clock.instant());
            return new Outcome(false, lead + "Correction notice saved with the permit"
                    + mailNotice(inspectionId, notice), notice);
        }
        Outcome outcome = result == InspectionResult.PASSED ? finalIfComplete(permitId, inspectionId, who)
                : new Outcome(false, "");
        return new Outcome(outcome.finaled(), (lead + outcome.note()).strip(), null);
    }

    private static void checkResult(InspectionResult result, List<Correction> corrections) {
        if (result == null) {
            throw new UserFacingException("Choose the result: passed, failed, partial, not ready, no access or cancelled.");
        }
        if (result.needsCorrections() && corrections.isEmpty()) {
            throw new UserFacingException("A " + result.label().toLowerCase() + " inspection needs at least one "
                    + "correction item: pick one from the library or type it.");
        }
    }

    private static Inspection find(Session session, long inspectionId) {
        Inspection inspection = session.find(Inspection.class, inspectionId);
        if (inspection == null) {
            throw new UserFacingException("That inspection no longer exists. Reload the route.");
        }
        return inspection;
    }

    /** Adds the result's correction items, each also in the permit's audit trail (they are written with plain SQL). */
    private void addItems(Session session, Inspection inspection, List<Correction> corrections, SignedInUser who) {
        for (Correction c : corrections) {
            session.createNativeMutationQuery("INSERT INTO inspection_correction (inspection_id, code_ref, text)"
                            + " VALUES (:id, :code, :text)").setParameter("id", inspection.getId())
                    .setParameter("code", c.codeRef()).setParameter("text", c.text()).executeUpdate();
            AuditTrail.record(session, clock.instant(), who.username(), inspection.getPermitId(), "Correction item",
                    null, c.codeRef() == null ? c.text() : c.codeRef() + " " + c.text());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
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

    private Outcome finalIfComplete(long permitId, long inspectionId, SignedInUser who) {
        boolean complete = database.fromTransaction(session -> isFinalPassedWithAllRequired(session, permitId, inspectionId));
        if (!complete) {
            return new Outcome(false, "");
        }
        try {
            lifecycle.finalOnPassedInspection(permitId, who);
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
