package org.permitdesk.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.permitdesk.inspection.route.Location;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * The supervisor's assignment board for one day: the requests, the inspectors with their AM/PM load and
 * district, assigning and unassigning, and a proposal that balances the load and keeps each inspector in
 * their district (NE, NW, SE or SW of the office; an inspector without a district goes anywhere).
 */
public final class InspectionAssignmentService {

    /** One request on the board; {@code district} of its site, {@code null} when the site has no coordinates. */
    public record BoardRow(long inspectionId, String permitNumber, String typeName, TimeWindow window, String address,
                           String district, Long inspectorId, String inspectorName) {
    }

    /** An inspector and the stops they have that day. */
    public record InspectorLoad(long id, String name, String district, int am, int pm) {
    }

    public record Board(LocalDate day, List<BoardRow> rows, List<InspectorLoad> inspectors) {
    }

    /** The office the districts are measured from when the settings don't say (Palm Valley city hall). */
    static final double OFFICE_LATITUDE = 33.7222;
    static final double OFFICE_LONGITUDE = -116.3745;

    private final Database database;
    private final Clock clock;

    public InspectionAssignmentService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** With the computer's clock (for callers that only read the board or propose). */
    public InspectionAssignmentService(Database database) {
        this(database, Clock.systemUTC());
    }

    public Board board(LocalDate day) {
        return database.fromTransaction(session -> {
            List<BoardRow> rows = rows(session, day);
            return new Board(day, rows, inspectors(session, rows));
        });
    }

    /** Assigns the inspection to the inspector ({@code null} unassigns it). */
    public void assign(long inspectionId, Long inspectorId, SignedInUser who) {
        who.require(Permission.ASSIGN_INSPECTIONS);
        database.inTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            Inspection inspection = session.find(Inspection.class, inspectionId);
            if (inspection == null || inspection.getStatus() == InspectionStatus.CANCELLED) {
                throw new UserFacingException("That inspection was cancelled or no longer exists. Reload the board.");
            }
            assign(inspection, inspectorId);
        });
    }

    /** For each unassigned request of the day, the inspector the board proposes: district first, then least load. */
    public Map<Long, Long> propose(LocalDate day, SignedInUser who) {
        who.require(Permission.ASSIGN_INSPECTIONS);
        Board board = board(day);
        Map<Long, int[]> load = new HashMap<>();
        board.inspectors().forEach(i -> load.put(i.id(), new int[] {i.am(), i.pm()}));
        Map<Long, Long> proposal = new LinkedHashMap<>();
        for (BoardRow row : board.rows()) {
            if (row.inspectorId() != null || board.inspectors().isEmpty()) {
                continue;
            }
            int slot = row.window() == TimeWindow.AM ? 0 : 1;
            List<InspectorLoad> candidates = board.inspectors().stream()
                    .filter(i -> row.district() != null && row.district().equals(i.district())).toList();
            if (candidates.isEmpty()) {
                candidates = board.inspectors().stream().filter(i -> i.district() == null).toList();
            }
            if (candidates.isEmpty()) {
                candidates = board.inspectors();
            }
            InspectorLoad chosen = candidates.stream().min(Comparator
                    .comparingInt((InspectorLoad i) -> load.get(i.id())[slot])
                    .thenComparingInt(i -> load.get(i.id())[0] + load.get(i.id())[1])
                    .thenComparing(InspectorLoad::name)).orElseThrow();
            load.get(chosen.id())[slot]++;
            proposal.put(row.inspectionId(), chosen.id());
        }
        return proposal;
    }

    /** Applies an accepted (possibly edited) proposal. */
    public void accept(Map<Long, Long> proposal, SignedInUser who) {
        who.require(Permission.ASSIGN_INSPECTIONS);
        database.inTransaction(session -> proposal.forEach((inspectionId, inspectorId) -> {
            Inspection inspection = session.find(Inspection.class, inspectionId);
            if (inspection != null && inspection.getStatus() != InspectionStatus.CANCELLED) {
                assign(inspection, inspectorId);
            }
        }));
    }

    private void assign(Inspection inspection, Long inspectorId) {
        if (!Objects.equals(inspection.getInspectorId(), inspectorId)) {
            inspection.assign(inspectorId);
            inspection.markChanged(clock.instant());
        }
    }

    /** NE, NW, SE or SW of the office. */
    static String district(Location office, Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        return (latitude >= office.latitude() ? "N" : "S") + (longitude >= office.longitude() ? "E" : "W");
    }

    private static List<BoardRow> rows(Session session, LocalDate day) {
        List<Object[]> found = session.createNativeQuery("""
                        SELECT i.id, p.permit_number, t.name, i.time_window, s.address_line, s.latitude, s.longitude,
                               i.inspector_id, u.full_name
                        FROM inspection i JOIN permit p ON p.id = i.permit_id JOIN site s ON s.id = p.site_id
                        JOIN inspection_type t ON t.id = i.inspection_type_id
                        LEFT JOIN staff_user u ON u.id = i.inspector_id
                        WHERE i.requested_date = :day AND i.status <> 'CANCELLED'
                        ORDER BY i.time_window, s.address_line, i.id""", Object[].class)
                .setParameter("day", day).getResultList();
        Location office = InspectionSettingsService.office(session);
        List<BoardRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            rows.add(new BoardRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    TimeWindow.valueOf(r[3].toString()), (String) r[4],
                    district(office, r[5] == null ? null : ((Number) r[5]).doubleValue(), r[6] == null ? null : ((Number) r[6]).doubleValue()),
                    r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8]));
        }
        return rows;
    }

    private static List<InspectorLoad> inspectors(Session session, List<BoardRow> rows) {
        List<Object[]> found = session.createNativeQuery("""
                        SELECT u.id, u.full_name, u.district FROM staff_user u
                        JOIN staff_user_role r ON r.staff_user_id = u.id
                        WHERE r.role = 'INSPECTOR' AND u.active ORDER BY u.full_name""", Object[].class).getResultList();
        List<InspectorLoad> inspectors = new ArrayList<>();
        for (Object[] r : found) {
            long id = ((Number) r[0]).longValue();
            int am = (int) rows.stream().filter(row -> Long.valueOf(id).equals(row.inspectorId())
                    && row.window() == TimeWindow.AM).count();
            int pm = (int) rows.stream().filter(row -> Long.valueOf(id).equals(row.inspectorId())
                    && row.window() == TimeWindow.PM).count();
            inspectors.add(new InspectorLoad(id, (String) r[1], (String) r[2], am, pm));
        }
        return inspectors;
    }
}
