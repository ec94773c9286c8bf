package org.permitdesk.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.permitdesk.permit.OverridableGuard;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.staff.Permission;

/**
 * A permit is finaled only when every inspection its type marks "required before the final" has passed:
 * "Required before final: Electrical rough (not requested), Electrical final (failed)." A supervisor may final
 * it anyway with a reason ({@link Permission#OVERRIDE_FINAL}).
 */
public final class RequiredInspectionsGuard implements OverridableGuard {

    @Override
    public List<String> blockers(Session session, Permit permit, PermitAction action, LocalDate today) {
        if (action != PermitAction.FINAL) {
            return List.of();
        }
        Map<String, String> missing = missing(session, permit);
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        missing.forEach((name, why) -> named.add(name + " (" + why + ")"));
        return List.of("Required before final: " + String.join(", ", named) + ".");
    }

    @Override
    public Permission overriddenWith() {
        return Permission.OVERRIDE_FINAL;
    }

    @Override
    public String overrideNote(Session session, Permit permit, PermitAction action, LocalDate today) {
        return "Final without passed " + String.join(", ", missing(session, permit).keySet());
    }

    /**
     * The required inspection types of the permit's type not passed on this permit, in the type's order, each with
     * where it stands: "not requested", "not inspected yet", or the latest result ("failed", "no access").
     */
    static Map<String, String> missing(Session session, Permit permit) {
        List<Object[]> rows = session.createNativeQuery("""
                        SELECT t.id, t.name,
                               (SELECT COUNT(*) FROM inspection i WHERE i.permit_id = :permit
                                  AND i.inspection_type_id = t.id AND i.result = 'PASSED') AS passed,
                               (SELECT COUNT(*) FROM inspection i WHERE i.permit_id = :permit
                                  AND i.inspection_type_id = t.id AND i.status <> 'CANCELLED') AS requested
                        FROM inspection_type t
                        WHERE t.permit_type_id = :type AND t.required_for_final AND t.active
                        ORDER BY t.position, t.id""", Object[].class)
                .setParameter("type", permit.getType().getId()).setParameter("permit", permit.getId())
                .getResultList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (Object[] r : rows) {
            if (((Number) r[2]).longValue() > 0) {
                continue;
            }
            long typeId = ((Number) r[0]).longValue();
            missing.put((String) r[1], ((Number) r[3]).longValue() == 0 ? "not requested"
                    : latestResult(session, permit.getId(), typeId));
        }
        return missing;
    }

    private static String latestResult(Session session, long permitId, long typeId) {
        List<String> results = session.createNativeQuery("""
                        SELECT i.result FROM inspection i WHERE i.permit_id = :permit AND i.inspection_type_id = :type
                          AND i.result IS NOT NULL AND i.result <> 'CANCELLED'
                        ORDER BY i.resulted_at DESC, i.id DESC""", String.class)
                .setParameter("permit", permitId).setParameter("type", typeId).setMaxResults(1).getResultList();
        return results.isEmpty() ? "not inspected yet" : InspectionResult.valueOf(results.get(0)).label().toLowerCase();
    }
}
