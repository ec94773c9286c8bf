package org.permitdesk.inspection;

import java.util.List;
import java.util.Set;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.AuditTrail;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Administrators' inspector districts: each active inspector works NE, NW, SE or SW of the office, or anywhere
 * (no district). The assignment board proposes inspectors by it.
 */
public final class InspectorDistrictService {

    public static final List<String> DISTRICTS = List.of("NE", "NW", "SE", "SW");

    /** An inspector with their district ({@code null} = anywhere) and the version the edit started from. */
    public record InspectorDistrict(long id, String name, String username, String district, long version) {
    }

    private final Database database;

    public InspectorDistrictService(Database database) {
        this.database = database;
    }

    public List<InspectorDistrict> inspectors() {
        return database.fromTransaction(session -> session.createNativeQuery("""
                        SELECT u.id, u.full_name, u.username, u.district, u.version FROM staff_user u
                        JOIN staff_user_role r ON r.staff_user_id = u.id
                        WHERE r.role = 'INSPECTOR' AND u.active ORDER BY u.full_name, u.id""", Object[].class)
                .getResultStream().map(r -> new InspectorDistrict(((Number) r[0]).longValue(), (String) r[1],
                        (String) r[2], (String) r[3], ((Number) r[4]).longValue())).toList());
    }

    /** Sets the district ({@code null} or blank = anywhere), refused when someone changed the inspector meanwhile. */
    public InspectorDistrict setDistrict(long inspectorId, long version, String district, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        String value = district == null || district.isBlank() ? null : district.strip();
        if (value != null && !Set.copyOf(DISTRICTS).contains(value)) {
            throw new UserFacingException("Choose NE, NW, SE or SW of the office, or none for an inspector who goes"
                    + " anywhere.");
        }
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            Object[] before = session.createNativeQuery("SELECT username, district FROM staff_user WHERE id = :id",
                    Object[].class).setParameter("id", inspectorId).uniqueResultOptional().orElse(null);
            if (before != null) {
                AuditTrail.record(session, who.username(), null, "District of " + before[0], (String) before[1], value);
            }
            int updated = session.createNativeMutationQuery("UPDATE staff_user SET district = :district,"
                            + " version = version + 1 WHERE id = :id AND version = :version")
                    .setParameter("district", value, String.class).setParameter("id", inspectorId).setParameter("version", version)
                    .executeUpdate();
            if (updated == 0) {
                throw new UserFacingException("This inspector was changed by someone else meanwhile (or no longer"
                        + " exists). Reload the inspectors, then choose the district again.");
            }
            Object[] r = session.createNativeQuery("SELECT full_name, username, version FROM staff_user WHERE id = :id",
                    Object[].class).setParameter("id", inspectorId).getSingleResult();
            return new InspectorDistrict(inspectorId, (String) r[0], (String) r[1], value, ((Number) r[2]).longValue());
        });
    }
}
