package org.permitdesk.permit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.db.AuditRevision;
import org.permitdesk.platform.db.Database;

/** Every audited change of a permit (Hibernate Envers): when, who, which field, old value → new value. */
public final class PermitChangeLog {

    /** One changed field in one change set; {@code oldValue} is "—" for the permit's creation. */
    public record Change(Instant at, String by, String field, String oldValue, String newValue) {
    }

    private static final Map<String, Function<Permit, String>> FIELDS = fields();

    private final Database database;

    public PermitChangeLog(Database database) {
        this.database = database;
    }

    /** The permit's changes, oldest first. */
    public List<Change> changes(long permitId) {
        return database.fromTransaction(session -> {
            @SuppressWarnings("unchecked")
            List<Object[]> revisions = AuditReaderFactory.get(session).createQuery()
                    .forRevisionsOfEntity(Permit.class, false, true)
                    .add(AuditEntity.id().eq(permitId))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            List<Change> changes = new ArrayList<>();
            Permit before = null;
            for (Object[] revision : revisions) {
                Permit after = (Permit) revision[0];
                AuditRevision info = (AuditRevision) revision[1];
                compare(before, after, Instant.ofEpochMilli(info.getRevisionAt()),
                        info.getUsername() == null ? "?" : info.getUsername(), changes);
                before = after;
            }
            return changes;
        });
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
