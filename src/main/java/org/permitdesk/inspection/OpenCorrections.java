package org.permitdesk.inspection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The correction items still open for an inspection: the items of the latest failed or partial result of the
 * same permit and inspection type before it, unless that type has passed since. A reinspection starts with
 * them (on the request form, on the inspector's stop and route sheet, pre-picked in the result dialog).
 */
final class OpenCorrections {

    private OpenCorrections() {
    }

    /** For each given inspection, the items open before it (empty when none); one query each for few or many. */
    static Map<Long, List<Correction>> before(Session session, Collection<Long> inspectionIds) {
        Map<Long, List<Correction>> open = new HashMap<>();
        if (inspectionIds.isEmpty()) {
            return open;
        }
        Set<Long> wanted = new HashSet<>(inspectionIds);
        List<Object[]> rows = session.createNativeQuery("""
                        SELECT i.id, i.permit_id, i.inspection_type_id, i.result FROM inspection i
                        WHERE i.permit_id IN (SELECT w.permit_id FROM inspection w WHERE w.id IN (:ids))
                          AND (i.result IN ('PASSED', 'FAILED', 'PARTIAL') OR i.id IN (:ids))
                        ORDER BY CASE WHEN i.resulted_at IS NULL THEN 1 ELSE 0 END, i.resulted_at, i.id""",
                        Object[].class)
                .setParameterList("ids", wanted).getResultList();
        Map<String, Long> lastDecisive = new HashMap<>();
        Map<Long, Long> failedBefore = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String key = r[1] + "/" + r[2];
            if (wanted.contains(id)) {
                Long last = lastDecisive.get(key);
                if (last != null) {
                    failedBefore.put(id, last);
                }
            }
            if (r[3] != null && (r[3].toString().equals("PASSED") || InspectionResult.valueOf(r[3].toString())
                    .needsCorrections())) {
                if (r[3].toString().equals("PASSED")) {
                    lastDecisive.remove(key);
                } else {
                    lastDecisive.put(key, id);
                }
            }
        }
        Map<Long, List<Correction>> items = items(session, new HashSet<>(failedBefore.values()));
        failedBefore.forEach((id, failed) -> open.put(id, items.getOrDefault(failed, List.of())));
        return open;
    }

    /** The items a new request of this type on this permit starts with. */
    static List<Correction> forNewRequest(Session session, long permitId, long inspectionTypeId) {
        List<Object[]> latest = session.createNativeQuery("""
                        SELECT i.id, i.result FROM inspection i
                        WHERE i.permit_id = :permit AND i.inspection_type_id = :type
                          AND i.result IN ('PASSED', 'FAILED', 'PARTIAL')
                        ORDER BY i.resulted_at DESC, i.id DESC""", Object[].class)
                .setParameter("permit", permitId).setParameter("type", inspectionTypeId).setMaxResults(1)
                .getResultList();
        if (latest.isEmpty() || latest.get(0)[1].toString().equals("PASSED")) {
            return List.of();
        }
        long failed = ((Number) latest.get(0)[0]).longValue();
        return items(session, Set.of(failed)).getOrDefault(failed, List.of());
    }

    /** The correction items recorded on one inspection, in the order they were recorded. */
    static List<Correction> itemsOf(Session session, long inspectionId) {
        return items(session, Set.of(inspectionId)).getOrDefault(inspectionId, List.of());
    }

    private static Map<Long, List<Correction>> items(Session session, Set<Long> inspectionIds) {
        Map<Long, List<Correction>> items = new HashMap<>();
        if (inspectionIds.isEmpty()) {
            return items;
        }
        session.createNativeQuery("SELECT inspection_id, code_ref, text FROM inspection_correction"
                        + " WHERE inspection_id IN (:ids) ORDER BY id", Object[].class)
                .setParameterList("ids", inspectionIds).getResultStream()
                .forEach(r -> items.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new Correction((String) r[1], (String) r[2])));
        return items;
    }
}
