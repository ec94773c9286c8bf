package org.permitdesk.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.permitdesk.inspection.route.Location;
import org.permitdesk.inspection.route.Route;
import org.permitdesk.inspection.route.RoutePlanner;
import org.permitdesk.inspection.route.RouteStop;
import org.permitdesk.platform.db.Database;

/**
 * An inspector's stops for a day in driving order (AM before PM, from the office), each with what they need
 * at the door: permit, inspection, address, contact and phone, notes, the permit's holds and notices, and the
 * corrections still open from the last visit.
 */
public final class InspectorRouteService {

    /**
     * One stop of the route sheet; {@code located} false when the site has no coordinates (placed by street), and
     * then {@code latitude} and {@code longitude} are null; {@code conditions} the permit's unreleased holds and
     * notices; {@code openCorrections} the items still open from the last failed or partial visit of this inspection
     * type (a reinspection starts with them).
     */
    public record Stop(int order, long inspectionId, TimeWindow window, String permitNumber, String inspection,
                       String address, String contact, String phone, String notes, String conditions, boolean located,
                       Double latitude, Double longitude, List<Correction> openCorrections,
                       InspectionResult result) {

        public Stop {
            openCorrections = openCorrections == null ? List.of() : List.copyOf(openCorrections);
        }

        /** A stop not resulted yet. */
        public Stop(int order, long inspectionId, TimeWindow window, String permitNumber, String inspection,
                    String address, String contact, String phone, String notes, String conditions, boolean located,
                    Double latitude, Double longitude, List<Correction> openCorrections) {
            this(order, inspectionId, window, permitNumber, inspection, address, contact, phone, notes, conditions,
                    located, latitude, longitude, openCorrections, null);
        }

        /** True once a result is recorded: changing it is a correction with a reason. */
        public boolean resulted() {
            return result != null;
        }

        /** "Open from the last visit: CPC 507.2 Strap the water heater…; Label the gas shut-off." or "". */
        public String openCorrectionsText() {
            return openCorrections.isEmpty() ? "" : "Open from the last visit: " + String.join("; ",
                    openCorrections.stream().map(c -> c.codeRef() == null || c.codeRef().isBlank() ? c.text()
                            : c.codeRef() + " " + c.text()).toList());
        }
    }

    /** The day's stops in order, the driving distance between the located ones in km, and the office they start from. */
    public record DayRoute(LocalDate day, List<Stop> stops, double km, Location office) {
    }

    private final Database database;
    private final RoutePlanner planner = new RoutePlanner();

    public InspectorRouteService(Database database) {
        this.database = database;
    }

    public DayRoute route(long inspectorId, LocalDate day) {
        record Loaded(Location office, List<Object[]> rows, Map<Long, String> conditions,
                      Map<Long, List<Correction>> open) {
        }
        Loaded loaded = database.fromTransaction(session -> {
            List<Object[]> rows = session.createNativeQuery("""
                            SELECT i.id, i.time_window, p.permit_number, t.name, s.address_line, i.contact_name, i.phone,
                                   i.notes, s.latitude, s.longitude, p.id, i.result
                            FROM inspection i JOIN permit p ON p.id = i.permit_id JOIN site s ON s.id = p.site_id
                            JOIN inspection_type t ON t.id = i.inspection_type_id
                            WHERE i.inspector_id = :inspector AND i.requested_date = :day AND i.status = 'ASSIGNED'""",
                            Object[].class)
                    .setParameter("inspector", inspectorId).setParameter("day", day).getResultList();
            List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
            return new Loaded(InspectionSettingsService.office(session), rows, conditions(session, rows.stream().map(r -> ((Number) r[10]).longValue()).toList()),
                    OpenCorrections.before(session, ids));
        });
        Map<Long, Object[]> byId = new HashMap<>();
        List<RouteStop> stops = new ArrayList<>();
        for (Object[] r : loaded.rows()) {
            long id = ((Number) r[0]).longValue();
            byId.put(id, r);
            Double lat = r[8] == null ? null : ((Number) r[8]).doubleValue();
            Double lon = r[9] == null ? null : ((Number) r[9]).doubleValue();
            stops.add(new RouteStop(id, (String) r[4], TimeWindow.valueOf(r[1].toString()) == TimeWindow.AM, lat, lon,
                    streetOrderKey((String) r[4])));
        }
        Route route = planner.plan(loaded.office(), stops);
        List<Stop> ordered = new ArrayList<>();
        for (RouteStop stop : route.stops()) {
            Object[] r = byId.get(stop.id());
            ordered.add(new Stop(ordered.size() + 1, stop.id(), stop.morning() ? TimeWindow.AM : TimeWindow.PM, (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    loaded.conditions().getOrDefault(((Number) r[10]).longValue(), ""), !route.isUnplaced(stop),
                    stop.latitude(), stop.longitude(), loaded.open().getOrDefault(stop.id(), List.of()),
                    r[11] == null ? null : InspectionResult.valueOf(r[11].toString())));
        }
        return new DayRoute(day, ordered, route.totalKm(), loaded.office());
    }

    /** The inspector's full name, as printed on the route sheet. */
    public String inspectorName(long inspectorId) {
        return database.fromTransaction(session -> session.createNativeQuery(
                        "SELECT full_name FROM staff_user WHERE id = :id", String.class)
                .setParameter("id", inspectorId).uniqueResultOptional().orElse(""));
    }

    /** The unreleased holds and notices of each permit, as "Hold: …; Notice: …". */
    private static Map<Long, String> conditions(org.hibernate.Session session, List<Long> permitIds) {
        Map<Long, String> text = new HashMap<>();
        if (permitIds.isEmpty()) {
            return text;
        }
        session.createNativeQuery("SELECT permit_id, kind, text FROM permit_condition WHERE permit_id IN (:ids)"
                        + " AND released_at IS NULL ORDER BY id", Object[].class)
                .setParameterList("ids", new java.util.HashSet<>(permitIds)).getResultStream()
                .forEach(r -> text.merge(((Number) r[0]).longValue(),
                        (r[1].toString().equals("HOLD") ? "Hold: " : "Notice: ") + r[2], (a, b) -> a + "; " + b));
        return text;
    }

    /** "1432 N Quillback Ave" → "N QUILLBACK AVE 01432": by street, then house number. */
    static String streetOrderKey(String address) {
        String upper = address == null ? "" : address.strip().toUpperCase(Locale.ROOT);
        String number = upper.replaceAll("^(\\d+).*", "$1");
        String street = upper.replaceAll("^\\d+[-\\s]*", "");
        return number.matches("\\d{1,12}") ? street + " " + String.format("%08d", Long.parseLong(number)) : upper;
    }
}
