package org.permitdesk.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * A supervisor publishes a day's assignments once they are done (normally the afternoon before, at the latest by
 * 7:30am); the assignments are kept as published. Every change after that — a request assigned, moved to another
 * inspector or half-day, taken off a route or cancelled — is worked out against them, so each inspector sees what
 * changed on their route and the board shows what changed since.
 */
public final class DayPublicationService {

    /** When and by whom a day was (last) published. */
    public record Publication(LocalDate day, Instant publishedAt, String publishedBy) {
    }

    /** What happened to an inspection since its day was published. */
    public enum ChangeKind {
        /** Assigned to {@code inspector}; it was on no one's published route. */
        ADDED,
        /** From {@code formerInspector}'s published route to {@code inspector}'s. */
        MOVED,
        /** Same inspector, other half-day ({@code formerWindow} → {@code window}). */
        WINDOW,
        /** Taken off {@code formerInspector}'s route; not assigned now. */
        UNASSIGNED,
        /** Cancelled; it was on {@code formerInspector}'s published route. */
        CANCELLED
    }

    /**
     * One change; {@code inspectorId} is who has the stop now (null when no one), {@code formerInspectorId} who had it
     * when the day was published (null when no one); {@code at} when it changed, when known.
     */
    public record StopChange(long inspectionId, ChangeKind kind, String permitNumber, String address, String inspection,
                             TimeWindow window, TimeWindow formerWindow, Long inspectorId, String inspectorName,
                             Long formerInspectorId, String formerInspectorName, Instant at) {

        /** On this inspector's route now, changed since publication (added, moved to them, other half-day). */
        public boolean changedOnRouteOf(long inspector) {
            return kind != ChangeKind.UNASSIGNED && kind != ChangeKind.CANCELLED && inspectorId != null
                    && inspectorId == inspector;
        }

        /** On this inspector's published route, and no longer on it. */
        public boolean removedFromRouteOf(long inspector) {
            return (kind == ChangeKind.MOVED || kind == ChangeKind.UNASSIGNED || kind == ChangeKind.CANCELLED)
                    && formerInspectorId != null && formerInspectorId == inspector;
        }
    }

    /** The day's publication (empty when not published) and every change since, in the order they happened. */
    public record DayChanges(LocalDate day, Optional<Publication> publication, List<StopChange> changes) {
    }

    private final Database database;
    private final Clock clock;

    public DayPublicationService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Publishes the day as its assignments stand now (again, if it was published before: changes start afresh). */
    public Publication publish(LocalDate day, SignedInUser who) {
        who.require(Permission.ASSIGN_INSPECTIONS);
        String publishedBy = who.fullName(); // shown as "Published … by Dana Kowalski"
        Instant now = clock.instant();
        database.inTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            session.createNativeMutationQuery("DELETE FROM inspection_day_publication WHERE inspection_day = :day")
                    .setParameter("day", day).executeUpdate();
            session.createNativeMutationQuery("""
                            INSERT INTO inspection_day_publication (inspection_day, published_at, published_by)
                            VALUES (:day, :at, :by)""")
                    .setParameter("day", day).setParameter("at", now.atOffset(ZoneOffset.UTC))
                    .setParameter("by", publishedBy).executeUpdate();
            session.createNativeMutationQuery("""
                            INSERT INTO inspection_published_stop (inspection_day, inspection_id, inspector_id, time_window)
                            SELECT requested_date, id, inspector_id, time_window FROM inspection
                            WHERE requested_date = :day AND inspector_id IS NOT NULL AND status <> 'CANCELLED'""")
                    .setParameter("day", day).executeUpdate();
        });
        return new Publication(day, now, publishedBy);
    }

    /** The day's publication and what changed since (nothing when the day is not published). */
    public DayChanges changes(LocalDate day) {
        return database.fromTransaction(session -> {
            Optional<Publication> publication = publication(session, day);
            return new DayChanges(day, publication, publication.isEmpty() ? List.of() : changes(session, day));
        });
    }

    private static Optional<Publication> publication(Session session, LocalDate day) {
        List<Object[]> found = session.createNativeQuery("""
                        SELECT published_at, published_by FROM inspection_day_publication
                        WHERE inspection_day = :day""", Object[].class)
                .setParameter("day", day).getResultList();
        return found.stream().findFirst().map(r -> new Publication(day, instant(r[0]), (String) r[1]));
    }

    private static List<StopChange> changes(Session session, LocalDate day) {
        List<Object[]> rows = session.createNativeQuery("""
                        SELECT i.id, p.permit_number, s.address_line, t.name, i.time_window, i.status, i.inspector_id,
                               u.full_name, ps.inspector_id, pu.full_name, ps.time_window,
                               COALESCE(i.changed_at, i.resulted_at)
                        FROM inspection i JOIN permit p ON p.id = i.permit_id JOIN site s ON s.id = p.site_id
                        JOIN inspection_type t ON t.id = i.inspection_type_id
                        LEFT JOIN staff_user u ON u.id = i.inspector_id
                        LEFT JOIN inspection_published_stop ps ON ps.inspection_id = i.id AND ps.inspection_day = :day
                        LEFT JOIN staff_user pu ON pu.id = ps.inspector_id
                        WHERE i.requested_date = :day AND (ps.inspection_id IS NOT NULL
                              OR (i.inspector_id IS NOT NULL AND i.status <> 'CANCELLED'))""", Object[].class)
                .setParameter("day", day).getResultList();
        List<StopChange> changes = new ArrayList<>();
        for (Object[] r : rows) {
            boolean cancelled = InspectionStatus.CANCELLED.name().equals(r[5].toString());
            Long now = cancelled ? null : id(r[6]);
            Long was = id(r[8]);
            TimeWindow window = TimeWindow.valueOf(r[4].toString());
            TimeWindow formerWindow = r[10] == null ? null : TimeWindow.valueOf(r[10].toString());
            ChangeKind kind = kind(cancelled, now, was, window, formerWindow);
            if (kind != null) {
                changes.add(new StopChange(((Number) r[0]).longValue(), kind, (String) r[1], (String) r[2],
                        (String) r[3], window, formerWindow, now, now == null ? null : (String) r[7], was,
                        (String) r[9], r[11] == null ? null : instant(r[11])));
            }
        }
        changes.sort(Comparator.comparing(StopChange::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(StopChange::inspectionId));
        return changes;
    }

    /** What changed between the published assignment (was, formerWindow) and today's; null when nothing did. */
    static ChangeKind kind(boolean cancelled, Long now, Long was, TimeWindow window, TimeWindow formerWindow) {
        if (cancelled) {
            return was == null ? null : ChangeKind.CANCELLED;
        }
        if (was == null) {
            return now == null ? null : ChangeKind.ADDED;
        }
        if (now == null) {
            return ChangeKind.UNASSIGNED;
        }
        if (!Objects.equals(now, was)) {
            return ChangeKind.MOVED;
        }
        return window == formerWindow ? null : ChangeKind.WINDOW;
    }

    /** For each inspector's id, how many stops on their route changed or were removed since publication. */
    public static Map<Long, Integer> changesPerInspector(List<StopChange> changes) {
        Map<Long, Integer> counts = new HashMap<>();
        for (StopChange change : changes) {
            if (change.inspectorId() != null) {
                counts.merge(change.inspectorId(), 1, Integer::sum);
            }
            if (change.formerInspectorId() != null && !change.formerInspectorId().equals(change.inspectorId())) {
                counts.merge(change.formerInspectorId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
