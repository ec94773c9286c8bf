package org.permitdesk.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * A permit's inspection history for the permit screen: the inspections (with the assigned inspector's and the
 * recording inspector's names), all their correction items, the correction notices kept as attachments (not the
 * superseded ones) and the corrections of results. At most four queries, whatever the number of inspections; the
 * later ones only when they can find something.
 */
final class InspectionHistory {

    /** "Correction notice B2703-101 inspection 42.pdf", or "… inspection 42 (emailed to …).pdf" once emailed. */
    private static final Pattern NOTICE = Pattern.compile("Correction notice (.+?) inspection (\\d+)(?:\\.pdf| \\().*",
            Pattern.DOTALL);

    private InspectionHistory() {
    }

    static List<InspectionRow> of(Session session, long permitId) {
        List<Object[]> heads = session.createSelectionQuery("""
                        select i.id, t.name, i.requestedDate, i.window, i.status, i.contactName, i.phone, i.notes,
                            i.cancelReason, u.fullName, i.result, coalesce(r.fullName, i.resultedBy), i.resultedAt,
                            i.resultNotes
                        from Inspection i join InspectionType t on t.id = i.inspectionTypeId
                            left join StaffUser u on u.id = i.inspectorId
                            left join StaffUser r on r.username = i.resultedBy
                        where i.permitId = :id
                        order by i.requestedDate desc, i.window desc, i.id desc""", Object[].class)
                .setParameter("id", permitId).getResultList();
        if (heads.isEmpty()) {
            return List.of();
        }
        boolean anyResult = heads.stream().anyMatch(h -> h[10] != null);
        Map<Long, List<Correction>> corrections = anyResult ? corrections(session, permitId) : Map.of();
        boolean anyNotice = heads.stream().anyMatch(h -> h[10] != null && ((InspectionResult) h[10]).needsCorrections());
        Map<Long, Long> notices = anyNotice ? notices(session, permitId) : Map.of();
        Map<Long, List<InspectionRow.ResultChange>> changes = anyResult ? changes(session, permitId) : Map.of();
        List<InspectionRow> rows = new ArrayList<>(heads.size());
        for (Object[] h : heads) {
            long id = (Long) h[0];
            rows.add(new InspectionRow(id, (String) h[1], (LocalDate) h[2], (TimeWindow) h[3], (InspectionStatus) h[4],
                    (String) h[5], (String) h[6], (String) h[7], (String) h[8], (String) h[9], (InspectionResult) h[10],
                    (String) h[11], (Instant) h[12], (String) h[13], corrections.getOrDefault(id, List.of()),
                    notices.get(id), changes.getOrDefault(id, List.of())));
        }
        return rows;
    }

    /** The correction items recorded on each of the permit's inspections, in the order they were recorded. */
    private static Map<Long, List<Correction>> corrections(Session session, long permitId) {
        Map<Long, List<Correction>> items = new HashMap<>();
        session.createNativeQuery("""
                        SELECT c.inspection_id, c.code_ref, c.text FROM inspection_correction c
                        JOIN inspection i ON i.id = c.inspection_id WHERE i.permit_id = :id ORDER BY c.id""",
                        Object[].class)
                .setParameter("id", permitId).getResultStream()
                .forEach(r -> items.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new Correction((String) r[1], (String) r[2])));
        return items;
    }

    /** The corrections of each inspection's result, oldest first, with the names of who recorded and corrected. */
    private static Map<Long, List<InspectionRow.ResultChange>> changes(Session session, long permitId) {
        Map<Long, List<InspectionRow.ResultChange>> changes = new HashMap<>();
        session.createNativeQuery("""
                        SELECT c.inspection_id, c.old_result, c.new_result, c.old_notes, c.old_corrections,
                               COALESCE(o.full_name, c.old_resulted_by), c.reason, COALESCE(b.full_name, c.changed_by),
                               c.changed_at
                        FROM inspection_result_change c JOIN inspection i ON i.id = c.inspection_id
                        LEFT JOIN staff_user o ON o.username = c.old_resulted_by
                        LEFT JOIN staff_user b ON b.username = c.changed_by
                        WHERE i.permit_id = :id ORDER BY c.id""", Object[].class)
                .setParameter("id", permitId).getResultStream()
                .forEach(r -> changes.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new InspectionRow.ResultChange(InspectionResult.valueOf(r[1].toString()),
                                InspectionResult.valueOf(r[2].toString()), (String) r[3], (String) r[4], (String) r[5],
                                (String) r[6], (String) r[7], instant(r[8]))));
        return changes;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value == null ? null : java.time.OffsetDateTime.parse(value.toString()).toInstant();
    }

    /**
     * The attachment holding each inspection's correction notice (the latest when there are several), found by the
     * name {@link CorrectionNoticeService} gives it; the PDFs themselves are not read.
     */
    private static Map<Long, Long> notices(Session session, long permitId) {
        Map<Long, Long> notices = new HashMap<>();
        session.createNativeQuery("""
                        SELECT a.id, a.file_name, p.permit_number FROM permit_attachment a JOIN permit p ON p.id = a.permit_id
                        WHERE a.permit_id = :id AND a.file_name LIKE 'Correction notice %' ORDER BY a.id""",
                        Object[].class)
                .setParameter("id", permitId).getResultStream().forEach(r -> {
                    Matcher name = NOTICE.matcher((String) r[1]);
                    if (name.matches() && name.group(1).equals(r[2])) {
                        notices.put(Long.valueOf(name.group(2)), ((Number) r[0]).longValue());
                    }
                });
        return notices;
    }
}
