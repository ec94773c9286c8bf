package org.permitdesk.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.permitdesk.permit.Permit;
import org.permitdesk.inspection.InspectionType;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.db.AuditRevision;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.StaffUser;

/**
 * Every audited change of a permit and of the records that belong to it (Hibernate Envers): its contacts, fee lines,
 * payments, plan reviews, holds and notices, attachments (names only) and inspections, plus what services wrote with
 * plain SQL into {@code audit_change} for it (an inspection's correction items): when, who, what, old value → new value.
 */
public final class PermitChangeLog {

    /** One changed field in one change set; {@code oldValue} is "—" for the permit's creation. */
    public record Change(Instant at, String by, String field, String oldValue, String newValue) {
    }

    /** A change with its revision number, which orders changes made within the same millisecond. */
    private record Entry(long revision, Change change) {
    }

    private static final Map<String, Function<Permit, String>> FIELDS = fields();

    private final Database database;

    public PermitChangeLog(Database database) {
        this.database = database;
    }

    /** The permit's changes and its records' changes, oldest first. */
    public List<Change> changes(long permitId) {
        return database.fromTransaction(session -> {
            List<Entry> entries = new ArrayList<>(permitChanges(session, permitId));
            PermitRecordKinds.Names names = names(session);
            for (PermitRecordKinds.Kind<?> kind : PermitRecordKinds.all(names)) {
                entries.addAll(recordChanges(session, kind, permitId));
            }
            entries.addAll(plainSqlChanges(session, permitId));
            entries.sort(Comparator.comparing((Entry e) -> e.change().at()).thenComparingLong(Entry::revision));
            return entries.stream().map(Entry::change).toList();
        });
    }

    private static List<Entry> permitChanges(Session session, long permitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(session).createQuery()
                .forRevisionsOfEntity(Permit.class, false, true)
                .add(AuditEntity.id().eq(permitId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Entry> entries = new ArrayList<>();
        Permit before = null;
        for (Object[] revision : revisions) {
            Permit after = (Permit) revision[0];
            AuditRevision info = (AuditRevision) revision[1];
            List<Change> changes = new ArrayList<>();
            compare(before, after, Instant.ofEpochMilli(info.getRevisionAt()),
                    info.getUsername() == null ? "?" : info.getUsername(), changes);
            changes.forEach(change -> entries.add(new Entry(info.getId(), change)));
            before = after;
        }
        return entries;
    }

    /** One kind of record's revisions, told as added (a summary), changed (field by field) or removed. */
    private static <T> List<Entry> recordChanges(Session session, PermitRecordKinds.Kind<T> kind, long permitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(session).createQuery()
                .forRevisionsOfEntity(kind.type(), false, true)
                .add(kind.ofPermit().apply(permitId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Entry> changes = new ArrayList<>();
        Map<Object, T> before = new HashMap<>();
        for (Object[] revision : revisions) {
            T after = kind.type().cast(revision[0]);
            AuditRevision info = (AuditRevision) revision[1];
            RevisionType type = (RevisionType) revision[2];
            Object id = kind.id().apply(after);
            T old = before.get(id);
            Instant at = Instant.ofEpochMilli(info.getRevisionAt());
            if (type == RevisionType.DEL) {
                T last = old == null ? after : old;
                changes.add(new Entry(info.getId(), new Change(at, by(info, null), kind.label().apply(last),
                        kind.summary().apply(last), "removed")));
                before.remove(id);
                continue;
            }
            String by = by(info, kind.actor().apply(after));
            if (type == RevisionType.ADD || old == null) {
                changes.add(new Entry(info.getId(), new Change(at, by, kind.label().apply(after),
                        type == RevisionType.ADD ? Formats.NONE : "(not recorded)", kind.summary().apply(after))));
            } else {
                String label = kind.label().apply(after);
                kind.fields().forEach((field, value) -> {
                    String was = value.apply(old);
                    String now = value.apply(after);
                    if (!Objects.equals(was, now)) {
                        changes.add(new Entry(info.getId(), new Change(at, by, label + ": " + field,
                                was == null ? Formats.NONE : was, now == null ? Formats.NONE : now)));
                    }
                });
            }
            before.put(id, after);
        }
        return changes;
    }

    /** What services recorded in audit_change for this permit (changes made with plain SQL). */
    private static List<Entry> plainSqlChanges(Session session, long permitId) {
        List<Object[]> rows = session.createNativeQuery("SELECT changed_at, changed_by, subject, old_value, new_value"
                        + " FROM audit_change WHERE permit_id = :permit ORDER BY id", Object[].class)
                .setParameter("permit", permitId)
                .addScalar("changed_at", Instant.class).addScalar("changed_by", String.class)
                .addScalar("subject", String.class).addScalar("old_value", String.class)
                .addScalar("new_value", String.class)
                .getResultList();
        List<Entry> changes = new ArrayList<>();
        for (Object[] row : rows) {
            changes.add(new Entry(Long.MAX_VALUE, new Change((Instant) row[0], (String) row[1], (String) row[2],
                    row[3] == null ? Formats.NONE : (String) row[3], row[4] == null ? Formats.NONE : (String) row[4])));
        }
        return changes;
    }

    private static String by(AuditRevision info, String recorded) {
        return info.getUsername() != null ? info.getUsername() : recorded != null ? recorded : "?";
    }

    private static PermitRecordKinds.Names names(Session session) {
        Map<Long, String> types = new HashMap<>();
        Map<Long, String> staff = new HashMap<>();
        return new PermitRecordKinds.Names() {
            @Override
            public String inspectionType(long id) {
                return types.computeIfAbsent(id, key -> {
                    InspectionType type = session.find(InspectionType.class, key);
                    return type == null ? "Inspection #" + key : type.getName();
                });
            }

            @Override
            public String staffUser(Long id) {
                return id == null ? null : staff.computeIfAbsent(id, key -> {
                    StaffUser user = session.find(StaffUser.class, key);
                    return user == null ? "#" + key : user.getFullName();
                });
            }
        };
    }

    private static void compare(Permit before, Permit after, Instant at, String by, List<Change> changes) {
        if (after == null) {
            return;
        }
        FIELDS.forEach((field, value) -> {
            String old = before == null ? null : value.apply(before);
            String now = value.apply(after);
            if (!Objects.equals(old, now) && !(before == null && now == null)) {
                changes.add(new Change(at, by, field, old == null ? Formats.NONE : old, now == null ? Formats.NONE : now));
            }
        });
    }

    private static Map<String, Function<Permit, String>> fields() {
        Map<String, Function<Permit, String>> fields = new LinkedHashMap<>();
        fields.put("Number", Permit::getNumber);
        fields.put("Status", p -> p.getStatus() == null ? null : p.getStatus().label());
        fields.put("Valuation", p -> money(p.getValuation()));
        fields.put("Description", Permit::getDescription);
        fields.put("Internal notes", Permit::getInternalNotes);
        fields.put("Approved", p -> date(p.getApprovedDate()));
        fields.put("Issued", p -> date(p.getIssuedDate()));
        fields.put("Finaled", p -> date(p.getFinaledDate()));
        fields.put("Expires", p -> date(p.getExpiresDate()));
        fields.put("Void reason", Permit::getVoidReason);
        return fields;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : Formats.money(amount);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : Formats.date(date);
    }
}
