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
 * at the door: permit, inspection, address, contact and phone, notes, and the permit's holds and notices.
 */
public final class InspectorRouteService {

    /**
     * One stop of the route sheet; {@code located} false when the site has no coordinates (placed by street), and
     * then {@code latitude} and {@code longitude} are null.
     */
    public record Stop(int order, long inspectionId, TimeWindow window, String permitNumber, String inspection,
                       String address, String contact, String phone, String notes, String conditions, boolean located,
                       Double latitude, Double longitude) {
    }

    /** The day's stops in order and the driving distance between the located ones, in km. */
    public record DayRoute(LocalDate day, List<Stop> stops, double km) {
    }

    private final Database database;
    private final RoutePlanner planner = new RoutePlanner();

    public InspectorRouteService(Database database) {
        this.database = database;
    }

    /** Where the routes start: the office, as the administrators set it (Inspection settings). */
    public Location office() {
        return database.fromTransaction(InspectionSettingsService::office);
    }

    public DayRoute route(long inspectorId, LocalDate day) {
        Location office = database.fromTransaction(InspectionSettingsService::office);
        List<Object[]> rows = database.fromTransaction(session -> session.createNativeQuery("""
                        SELECT i.id, i.time_window, p.permit_number, t.name, s.address_line, i.contact_name, i.phone,
                               i.notes, s.latitude, s.longitude,
                               (SELECT COUNT(*) FROM permit_condition c WHERE c.permit_id = p.id AND c.released_at IS NULL)
                        FROM inspection i JOIN permit p ON p.id = i.permit_id JOIN site s ON s.id = p.site_id
                        JOIN inspection_type t ON t.id = i.inspection_type_id
                        WHERE i.inspector_id = :inspector AND i.requested_date = :day AND i.status = 'ASSIGNED'""",
                        Object[].class)
                .setParameter("inspector", inspectorId).setParameter("day", day).getResultList());
        Map<Long, Object[]> byId = new HashMap<>();
        List<RouteStop> stops = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            byId.put(id, r);
            Double lat = r[8] == null ? null : ((Number) r[8]).doubleValue();
            Double lon = r[9] == null ? null : ((Number) r[9]).doubleValue();
            stops.add(new RouteStop(id, (String) r[4], TimeWindow.valueOf(r[1].toString()), lat, lon,
                    streetOrderKey((String) r[4])));
        }
        Route route = planner.plan(office, stops);
        List<Stop> ordered = new ArrayList<>();
        for (RouteStop stop : route.stops()) {
            Object[] r = byId.get(stop.id());
            ordered.add(new Stop(ordered.size() + 1, stop.id(), stop.window(), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    ((Number) r[10]).intValue() > 0 ? "hold or notice on the permit" : "", !route.isUnplaced(stop),
                    stop.latitude(), stop.longitude()));
        }
        return new DayRoute(day, ordered, route.totalKm());
    }

    /** "1432 N Quillback Ave" → "N QUILLBACK AVE 01432": by street, then house number. */
    static String streetOrderKey(String address) {
        String upper = address == null ? "" : address.strip().toUpperCase(Locale.ROOT);
        String number = upper.replaceAll("^(\\d+).*", "$1");
        String street = upper.replaceAll("^\\d+[-\\s]*", "");
        return number.matches("\\d{1,12}") ? street + " " + String.format("%08d", Long.parseLong(number)) : upper;
    }
}
