package org.permitdesk.inspection.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Orders an inspector's day: all morning stops, then all afternoon stops. Within a window the located stops
 * are ordered to keep the drive short (nearest neighbour, then 2-opt and Or-opt moves until none shortens the
 * path), starting from the office in the morning and from the last located morning stop in the afternoon.
 * Stops without coordinates follow the located stops of their window, in street order.
 * The result depends only on the input (ties keep input order), so the same day always plans the same way.
 */
public final class RoutePlanner {

    private static final Comparator<RouteStop> STREET_ORDER =
            Comparator.comparing(RouteStop::streetOrderKey).thenComparingLong(RouteStop::id);

    public Route plan(Location office, List<RouteStop> stops) {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(stops, "stops");
        List<RouteStop> locatedAm = locatedIn(stops, true);
        List<RouteStop> located = new ArrayList<>(locatedAm);
        located.addAll(locatedIn(stops, false));
        List<RouteStop> path = shortestPathFound(office, located, locatedAm.size());
        List<RouteStop> amUnplaced = withoutCoordinatesIn(stops, true);
        List<RouteStop> pmUnplaced = withoutCoordinatesIn(stops, false);

        List<RouteStop> ordered = new ArrayList<>(path.subList(0, locatedAm.size()));
        ordered.addAll(amUnplaced);
        ordered.addAll(path.subList(locatedAm.size(), path.size()));
        ordered.addAll(pmUnplaced);
        List<RouteStop> unplaced = new ArrayList<>(amUnplaced);
        unplaced.addAll(pmUnplaced);
        return new Route(ordered, lengthKm(office, path), unplaced);
    }

    /** Length in km of driving from {@code start} through the located stops in the given order. */
    public static double lengthKm(Location start, List<RouteStop> stops) {
        double km = 0;
        Location here = start;
        for (RouteStop stop : stops) {
            if (stop.hasCoordinates()) {
                Location next = stop.location().orElseThrow();
                km += here.distanceKmTo(next);
                here = next;
            }
        }
        return km;
    }

    private static List<RouteStop> locatedIn(List<RouteStop> stops, boolean morning) {
        return stops.stream().filter(s -> s.morning() == morning && s.hasCoordinates()).toList();
    }

    private static List<RouteStop> withoutCoordinatesIn(List<RouteStop> stops, boolean morning) {
        return stops.stream().filter(s -> s.morning() == morning && !s.hasCoordinates()).sorted(STREET_ORDER).toList();
    }

    /** The located stops in driving order; the first {@code amCount} of {@code located} are the morning's. */
    private static List<RouteStop> shortestPathFound(Location start, List<RouteStop> located, int amCount) {
        if (located.size() < 2) {
            return located;
        }
        double[][] km = distanceMatrix(start, located);
        int[] order = new PathImprover(km, amCount).shortPathFromStart();
        List<RouteStop> path = new ArrayList<>(located.size());
        for (int position = 1; position < order.length; position++) {
            path.add(located.get(order[position] - 1));
        }
        return path;
    }

    /** Node 0 is the start, node i is located stop i - 1. */
    private static double[][] distanceMatrix(Location start, List<RouteStop> located) {
        List<Location> points = new ArrayList<>(located.size() + 1);
        points.add(start);
        located.forEach(stop -> points.add(stop.location().orElseThrow()));
        double[][] km = new double[points.size()][points.size()];
        for (int a = 0; a < points.size(); a++) {
            for (int b = a + 1; b < points.size(); b++) {
                km[a][b] = km[b][a] = points.get(a).distanceKmTo(points.get(b));
            }
        }
        return km;
    }
}
