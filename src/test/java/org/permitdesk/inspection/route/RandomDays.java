package org.permitdesk.inspection.route;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded random inspection days around the Palm Desert office (about 15 km across). */
final class RandomDays {

    private static final double SPREAD_DEGREES = 0.08;

    private RandomDays() {
    }

    /** Every stop located, in shuffled input order. */
    static List<RouteStop> locatedDay(Random random, int amStops, int pmStops) {
        List<RouteStop> day = new ArrayList<>();
        addLocated(random, day, true, amStops);
        addLocated(random, day, false, pmStops);
        Collections.shuffle(day, random);
        return day;
    }

    /** About one stop in five without coordinates, in shuffled input order. */
    static List<RouteStop> mixedDay(Random random, int amStops, int pmStops) {
        List<RouteStop> day = new ArrayList<>();
        for (int i = 0; i < amStops + pmStops; i++) {
            boolean morning = i < amStops;
            if (random.nextInt(5) == 0) {
                day.add(RouteStop.withoutCoordinates(day.size() + 1, "no map " + i, morning, streetKey(random)));
            } else {
                day.add(locatedStop(random, day.size() + 1, morning));
            }
        }
        Collections.shuffle(day, random);
        return day;
    }

    private static void addLocated(Random random, List<RouteStop> day, boolean morning, int count) {
        for (int i = 0; i < count; i++) {
            day.add(locatedStop(random, day.size() + 1, morning));
        }
    }

    private static RouteStop locatedStop(Random random, long id, boolean morning) {
        double latitude = RoutePlannerTest.OFFICE.latitude() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES;
        double longitude = RoutePlannerTest.OFFICE.longitude() + (random.nextDouble() * 2 - 1) * SPREAD_DEGREES;
        return new RouteStop(id, "stop " + id, morning, latitude, longitude, streetKey(random));
    }

    private static String streetKey(Random random) {
        String[] streets = {"ALAMO DR", "DATE PALM DR", "FRED WARING DR", "MONTEREY AVE", "PALM CANYON DR"};
        return streets[random.nextInt(streets.length)] + String.format(" %05d", random.nextInt(80000));
    }
}
