package org.permitdesk.inspection.route;

import java.util.List;

/**
 * The planned day.
 *
 * @param stops    every stop in driving order: morning then afternoon, each window's located stops first
 * @param totalKm  great-circle length of the located legs: office, morning stops, afternoon stops (no return leg)
 * @param unplaced the stops placed without coordinates (by street order), in driving order
 */
public record Route(List<RouteStop> stops, double totalKm, List<RouteStop> unplaced) {

    public Route {
        stops = List.copyOf(stops);
        unplaced = List.copyOf(unplaced);
    }

    public boolean isUnplaced(RouteStop stop) {
        return unplaced.contains(stop);
    }
}
