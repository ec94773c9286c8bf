package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.inspection.ui.RouteProjection.Point;
import org.permitdesk.inspection.route.Location;

class RouteProjectionTest {

    private static final Location OFFICE = new Location(33.7222, -116.3745);

    @Test
    void everyPlaceLandsInsideTheMarginWhateverTheSizeOfTheArea() {
        List<Location> places = List.of(OFFICE, new Location(33.80, -116.30), new Location(33.65, -116.45),
                new Location(33.7250, -116.2000));
        for (double[] size : new double[][] {{420, 300}, {1200, 200}, {150, 900}, {121, 121}}) {
            RouteProjection projection = RouteProjection.fit(places, size[0], size[1], 20);
            for (Location place : places) {
                Point p = projection.project(place);
                assertTrue(p.x() >= 20 - 1e-9 && p.x() <= size[0] - 20 + 1e-9, p + " in " + size[0] + "x" + size[1]);
                assertTrue(p.y() >= 20 - 1e-9 && p.y() <= size[1] - 20 + 1e-9, p + " in " + size[0] + "x" + size[1]);
            }
        }
    }

    @Test
    void theWholeRouteUsesTheRoomAndIsCentred() {
        List<Location> places = List.of(OFFICE, new Location(33.80, -116.3745));
        RouteProjection projection = RouteProjection.fit(places, 400, 300, 20);
        Point office = projection.project(OFFICE);
        Point north = projection.project(places.get(1));
        assertEquals(20, north.y(), 1e-9, "the northernmost place at the top margin");
        assertEquals(280, office.y(), 1e-9, "the southernmost at the bottom margin");
        assertEquals(200, office.x(), 1e-9, "a north-south route in the middle across");
        assertEquals(office.x(), north.x(), 1e-9, "north is straight up");
    }

    @Test
    void aKilometreEastIsAsLongOnScreenAsAKilometreNorth() {
        double latitude = 60; // far north, where a degree of longitude is only half a degree of latitude
        Location origin = new Location(latitude, 10);
        Location east = new Location(latitude, 10.02);   // 0.02° of longitude at 60° ≈ 0.01° of latitude
        Location north = new Location(latitude + 0.01, 10);
        RouteProjection projection = RouteProjection.fit(List.of(origin, east, north), 500, 500, 10);
        Point o = projection.project(origin);
        double across = projection.project(east).x() - o.x();
        double up = o.y() - projection.project(north).y();
        assertEquals(1.0, across / up, 0.01);
        assertEquals(origin.distanceKmTo(east) / origin.distanceKmTo(north), across / up, 0.01,
                "distances on screen in the same proportion as on the ground");
    }

    @Test
    void aSingleStopAtTheOfficeIsDrawnInTheMiddleNotBlownUp() {
        RouteProjection projection = RouteProjection.fit(List.of(OFFICE, OFFICE), 400, 300, 20);
        Point p = projection.project(OFFICE);
        assertEquals(200, p.x(), 1e-9);
        assertEquals(150, p.y(), 1e-9);
        assertTrue(projection.pixelsPerKm() < 2000, "about 200 m across the area at most");
    }

    @Test
    void aClickPicksTheNearestStopWithinReachAndNothingFartherAway() {
        List<Point> points = List.of(new Point(100, 100), new Point(110, 100), new Point(300, 200));
        assertEquals(1, RouteProjection.nearest(points, 107, 101, 14));
        assertEquals(0, RouteProjection.nearest(points, 101, 99, 14));
        assertEquals(-1, RouteProjection.nearest(points, 200, 150, 14));
    }

    @Test
    void stopsWithoutCoordinatesAreListedNotPlottedAndTheOthersKeepTheirOrderNumbers() {
        List<Stop> stops = List.of(stop(1, 33.73, -116.36, TimeWindow.AM), stop(2, null, null, TimeWindow.AM),
                stop(3, 33.71, -116.39, TimeWindow.PM));
        assertEquals(List.of(1, 3), RoutePlot.plotted(stops).stream().map(Stop::order).toList());
        assertEquals(List.of(2), RoutePlot.unplotted(stops).stream().map(Stop::order).toList());
    }

    static Stop stop(int order, Double lat, Double lon, TimeWindow window) {
        return new Stop(order, 100 + order, window, "B2703-00" + order, "Framing", order + " Elm St", "Pat Doe",
                "(760) 555-0101", null, "", lat != null, lat, lon, List.of());
    }
}
