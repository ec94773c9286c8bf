package org.permitdesk.inspection;

import java.util.Locale;

/** How a route's length is written for inspectors: in miles, as road signs and odometers in California show it. */
public final class RouteDistance {

    public static final double MILES_PER_KM = 0.621371;

    private RouteDistance() {
    }

    /** "1 stop, 0.4 mi between the located ones", "12 stops, 18.3 mi …". */
    public static String stopsAndMiles(int stops, double km) {
        return stopsAndMiles(stops, "", km);
    }

    /** As {@link #stopsAndMiles(int, double)}, with {@code afterStops} (" (7 AM, 5 PM)") after the number of stops. */
    public static String stopsAndMiles(int stops, String afterStops, double km) {
        return String.format(Locale.US, "%d %s%s, %.1f mi between the located ones", stops,
                stops == 1 ? "stop" : "stops", afterStops, km * MILES_PER_KM);
    }
}
