package org.permitdesk.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.AuditTrail;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Administrators' inspection types per permit type: add, rename, move up or down, mark required before the
 * final, take out (deleted when never requested, else retired: kept on past inspections, no longer offered, and
 * no longer required for finaling). The type with code FINAL is the final inspection: passing it once every
 * active required type has passed finals the permit.
 */
public final class InspectionTypeAdminService {

    public static final String FINAL_CODE = "FINAL";

    public record TypeRow(long id, long permitTypeId, String code, String name, int position, boolean requiredForFinal,
                          boolean active, long version, long inspections) {
        public boolean isFinal() {
            return FINAL_CODE.equals(code);
        }
    }

    /** A permit type to choose in the list. */
    public record PermitTypeChoice(long id, String name, String prefix) {
    }

    private final Database database;

    public InspectionTypeAdminService(Database database) {
        this.database = database;
    }

    public List<PermitTypeChoice> permitTypes() {
        return database.fromTransaction(session -> session.createNativeQuery(
                        "SELECT id, name, prefix FROM permit_type ORDER BY name", Object[].class)
                .getResultStream().map(r -> new PermitTypeChoice(((Number) r[0]).longValue(), (String) r[1],
                        (String) r[2])).toList());
    }

    /** The permit type's inspection types in order, retired ones last. */
    public List<TypeRow> types(long permitTypeId) {
        return database.fromTransaction(session -> rows(session, "t.permit_type_id = :id", permitTypeId));
    }

    /** Every problem with a new type, each saying how to fix it; empty when it can be added. */
    public static List<String> problems(String code, String name) {
        List<String> problems = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9_]{1,20}")) {
            problems.add("The code is 1 to 20 letters, digits or _, e.g. GAS_TEST (FINAL for the final inspection).");
        }
        problems.addAll(nameProblems(name));
        return problems;
    }

    public static List<String> nameProblems(String name) {
        return name == null || name.isBlank() || name.strip().length() > 100
                ? List.of("Give the inspection a name (at most 100 characters), e.g. \u201cGas pressure test\u201d.")
                : List.of();
    }

    public TypeRow add(long permitTypeId, String code, String name, boolean requiredForFinal, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        List<String> problems = problems(code, name);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            List<TypeRow> existing = rows(session, "t.permit_type_id = :id", permitTypeId);
            existing.stream().filter(t -> t.code().equals(upper)).findFirst().ifPresent(t -> {
                throw new UserFacingException("This permit type already has the code " + upper + " (" + t.name()
                        + (t.active() ? "" : ", retired") + "). Choose another code.");
            });
            int position = existing.stream().mapToInt(TypeRow::position).max().orElse(0) + 10;
            session.createNativeMutationQuery("INSERT INTO inspection_type (permit_type_id, code, name, position,"
                            + " required_for_final) VALUES (:type, :code, :name, :position, :required)")
                    .setParameter("type", permitTypeId).setParameter("code", upper).setParameter("name", name.strip())
                    .setParameter("position", position).setParameter("required", requiredForFinal).executeUpdate();
            AuditTrail.record(session, who.username(), null, "Inspection type", null, upper + " " + name.strip()
                    + (requiredForFinal ? " (required before the final)" : ""));
            return rows(session, "t.permit_type_id = :id", permitTypeId).stream().filter(t -> t.code().equals(upper))
                    .findFirst().orElseThrow();
        });
    }

    /** Renames and sets required-before-final; inspections already requested show the new name. */
    public TypeRow change(long id, long version, String name, boolean requiredForFinal, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        List<String> problems = nameProblems(name);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            TypeRow before = load(session, id);
            AuditTrail.record(session, who.username(), null, "Inspection type " + before.code(), before.name()
                    + (before.requiredForFinal() ? " (required before the final)" : ""), name.strip()
                    + (requiredForFinal ? " (required before the final)" : ""));
            update(session, id, version, "name = :name, required_for_final = :required")
                    .setParameter("name", name.strip()).setParameter("required", requiredForFinal).executeUpdate();
            return load(session, id);
        });
    }

    /** Moves the type one place up ({@code -1}) or down ({@code +1}) among its permit type's active types. */
    public List<TypeRow> move(long id, long version, int direction, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            TypeRow row = load(session, id);
            if (row.version() != version) {
                throw changedMeanwhile();
            }
            List<TypeRow> active = rows(session, "t.permit_type_id = :id", row.permitTypeId()).stream()
                    .filter(TypeRow::active).toList();
            int at = active.indexOf(row);
            int to = at + Integer.signum(direction);
            if (at >= 0 && to >= 0 && to < active.size()) {
                List<TypeRow> reordered = new ArrayList<>(active);
                reordered.add(to, reordered.remove(at));
                AuditTrail.record(session, who.username(), null, "Inspection type " + row.code(),
                        "position " + (at + 1), "position " + (to + 1));
                for (int i = 0; i < reordered.size(); i++) {
                    session.createNativeMutationQuery("UPDATE inspection_type SET position = :position,"
                                    + " version = version + 1 WHERE id = :id")
                            .setParameter("position", (i + 1) * 10).setParameter("id", reordered.get(i).id()).executeUpdate();
                }
            }
            return rows(session, "t.permit_type_id = :id", row.permitTypeId());
        });
    }

    /** Takes the type out: deleted when never requested, else retired. Says which. */
    public String takeOut(long id, long version, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            TypeRow row = load(session, id);
            if (row.version() != version) {
                throw changedMeanwhile();
            }
            AuditTrail.record(session, who.username(), null, "Inspection type " + row.code(), row.name(),
                    row.inspections() == 0 ? "deleted" : "retired");
            if (row.inspections() == 0) {
                session.createNativeMutationQuery("DELETE FROM inspection_type WHERE id = :id").setParameter("id", id)
                        .executeUpdate();
                return "Deleted " + row.name() + " (never requested).";
            }
            update(session, id, version, "active = FALSE").executeUpdate();
            return "Retired " + row.name() + ": no longer offered or required for the final; the " + row.inspections()
                    + " inspection" + (row.inspections() == 1 ? "" : "s") + " already requested keep it."
                    + (row.isFinal() ? " Until a FINAL type is offered again, no permit of this type is finaled by an"
                    + " inspection." : "");
        });
    }

    /** Offers a retired type again (last in the order). */
    public TypeRow restore(long id, long version, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            TypeRow row = load(session, id);
            int position = rows(session, "t.permit_type_id = :id", row.permitTypeId()).stream()
                    .mapToInt(TypeRow::position).max().orElse(0) + 10;
            update(session, id, version, "active = TRUE, position = :position").setParameter("position", position)
                    .executeUpdate();
            AuditTrail.record(session, who.username(), null, "Inspection type " + row.code(), "retired", "offered again");
            return load(session, id);
        });
    }

    /** An update of one row at {@code version}; throws "changed by someone else" when it updated nothing. */
    private static CheckedUpdate update(Session session, long id, long version, String set) {
        return new CheckedUpdate(session.createNativeMutationQuery("UPDATE inspection_type SET " + set
                + ", version = version + 1 WHERE id = :id AND version = :version")
                .setParameter("id", id).setParameter("version", version));
    }

    private record CheckedUpdate(org.hibernate.query.MutationQuery query) {
        CheckedUpdate setParameter(String name, Object value) {
            query.setParameter(name, value);
            return this;
        }

        void executeUpdate() {
            if (query.executeUpdate() == 0) {
                throw changedMeanwhile();
            }
        }
    }

    private static UserFacingException changedMeanwhile() {
        return new UserFacingException("This inspection type was changed by someone else meanwhile (or taken out)."
                + " Reload the list and make your change again.");
    }

    private static TypeRow load(Session session, long id) {
        return session.createNativeQuery(select("t.id = :id"), Object[].class).setParameter("id", id)
                .uniqueResultOptional().map(InspectionTypeAdminService::row).orElseThrow(InspectionTypeAdminService::changedMeanwhile);
    }

    private static List<TypeRow> rows(Session session, String where, long id) {
        return session.createNativeQuery(select(where), Object[].class).setParameter("id", id)
                .getResultStream().map(InspectionTypeAdminService::row).toList();
    }

    private static String select(String where) {
        return "SELECT t.id, t.permit_type_id, t.code, t.name, t.position, t.required_for_final, t.active, t.version,"
                + " (SELECT COUNT(*) FROM inspection i WHERE i.inspection_type_id = t.id)"
                + " FROM inspection_type t WHERE " + where + " ORDER BY t.active DESC, t.position, t.id";
    }

    private static TypeRow row(Object[] r) {
        return new TypeRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (Boolean) r[5], (Boolean) r[6], ((Number) r[7]).longValue(),
                ((Number) r[8]).longValue());
    }
}
