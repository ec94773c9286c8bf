package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteDistanceTest {

    @Test
    void aRouteIsWrittenInMilesWithOneStopOrSeveral() {
        assertEquals("1 stop, 0.6 mi between the located ones", RouteDistance.stopsAndMiles(1, 1.0));
        assertEquals("12 stops, 18.3 mi between the located ones", RouteDistance.stopsAndMiles(12, 29.5));
        assertEquals("2 stops, 0.0 mi between the located ones", RouteDistance.stopsAndMiles(2, 0));
    }
}
