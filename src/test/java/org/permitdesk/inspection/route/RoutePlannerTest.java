package org.permitdesk.inspection.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    /** Palm Desert, California. */
    static final Location OFFICE = new Location(33.72, -116.37);

    private final RoutePlanner planner = new RoutePlanner();

    @Test
    void drivesEveryMorningStopBeforeAnyAfternoonStop() {
        for (long seed = 1; seed <= 50; seed++) {
            Route route = planner.plan(OFFICE, RandomDays.mixedDay(new Random(seed), 12, 12));
            List<Boolean> windows = route.stops().stream().map(RouteStop::morning).toList();
            int firstPm = windows.indexOf(false);
            int lastAm = windows.lastIndexOf(true);
            assertTrue(firstPm < 0 || lastAm < firstPm, "seed " + seed + ": " + windows);
            assertEquals(24, route.stops().size());
        }
    }

    @Test
    void putsStopsWithoutCoordinatesLastInTheirWindowInStreetOrder() {
        RouteStop amLocated = stop(1, true, 33.73, -116.36);
        RouteStop amPalm = RouteStop.withoutCoordinates(2, "120 Palm Canyon Dr", true, "PALM CANYON DR 00120");
        RouteStop amAlamo = RouteStop.withoutCoordinates(3, "9 Alamo Dr", true, "ALAMO DR 00009");
        RouteStop pmLocated = stop(4, false, 33.70, -116.40);
        RouteStop pmDate = RouteStop.withoutCoordinates(5, "77 Date Palm Dr", false, "DATE PALM DR 00077");

        Route route = planner.plan(OFFICE, List.of(pmDate, amPalm, pmLocated, amAlamo, amLocated));

        assertEquals(List.of(amLocated, amAlamo, amPalm, pmLocated, pmDate), route.stops());
        assertEquals(List.of(amAlamo, amPalm, pmDate), route.unplaced());
        assertTrue(route.isUnplaced(amPalm));
        assertFalse(route.isUnplaced(amLocated));
    }

    @Test
    void countsOnlyTheLocatedLegsFromTheOffice() {
        RouteStop am = stop(1, true, 33.73, -116.36);
        RouteStop unknown = RouteStop.withoutCoordinates(2, "somewhere", true, "X");
        RouteStop pm = stop(3, false, 33.70, -116.40);
        Location amAt = am.location().orElseThrow();

        Route route = planner.plan(OFFICE, List.of(am, unknown, pm));

        double expected = OFFICE.distanceKmTo(amAt) + amAt.distanceKmTo(pm.location().orElseThrow());
        assertEquals(expected, route.totalKm(), 1e-9);
    }

    @Test
    void plansTheSameDayTheSameWayEveryTime() {
        List<RouteStop> day = RandomDays.mixedDay(new Random(7), 20, 20);
        Route first = planner.plan(OFFICE, day);
        for (int run = 0; run < 5; run++) {
            assertEquals(first, new RoutePlanner().plan(OFFICE, List.copyOf(day)));
        }
    }

    @Test
    void neverPlansALongerDriveThanTheOrderTheStopsCameIn() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<RouteStop> day = RandomDays.mixedDay(random, random.nextInt(16), random.nextInt(16));
            List<RouteStop> inputOrder = new ArrayList<>(day);
            inputOrder.sort((a, b) -> Boolean.compare(b.morning(), a.morning())); // stable: input order within a window
            double inputKm = RoutePlanner.lengthKm(OFFICE, inputOrder);

            Route route = planner.plan(OFFICE, day);

            assertTrue(route.totalKm() <= inputKm + 1e-9, "seed " + seed + ": " + route.totalKm() + " > " + inputKm);
        }
    }

    @Test
    void staysWithinFivePercentOfTheShortestPossibleDriveOnSmallDays() {
        double worstRatio = 1;
        for (long seed = 1; seed <= 150; seed++) {
            Random random = new Random(seed);
            List<RouteStop> day = RandomDays.locatedDay(random, 2 + random.nextInt(8), 2 + random.nextInt(8));

            Route route = planner.plan(OFFICE, day);
            double optimumKm = ShortestDrive.exhaustiveKm(OFFICE, day);

            worstRatio = Math.max(worstRatio, route.totalKm() / optimumKm);
            assertTrue(route.totalKm() <= optimumKm * 1.05, "seed " + seed + ": " + route.totalKm() + " vs " + optimumKm);
        }
        assertTrue(worstRatio < 1.05);
    }

    @Test
    void plansAnEmptyDay() {
        Route route = planner.plan(OFFICE, List.of());
        assertEquals(List.of(), route.stops());
        assertEquals(List.of(), route.unplaced());
        assertEquals(0, route.totalKm());
    }

    @Test
    void plansASingleStop() {
        RouteStop only = stop(1, false, 33.75, -116.30);
        Route route = planner.plan(OFFICE, List.of(only));
        assertEquals(List.of(only), route.stops());
        assertEquals(OFFICE.distanceKmTo(only.location().orElseThrow()), route.totalKm(), 1e-9);
    }

    @Test
    void plansASingleStopWithoutCoordinates() {
        RouteStop only = RouteStop.withoutCoordinates(1, "unknown", true, "A");
        Route route = planner.plan(OFFICE, List.of(only));
        assertEquals(List.of(only), route.stops());
        assertEquals(List.of(only), route.unplaced());
        assertEquals(0, route.totalKm());
    }

    @Test
    void visitsAStopAtTheOfficeFirst() {
        RouteStop far = stop(1, true, 33.80, -116.30);
        RouteStop atOffice = stop(2, true, OFFICE.latitude(), OFFICE.longitude());
        RouteStop middle = stop(3, true, 33.76, -116.33);

        Route route = planner.plan(OFFICE, List.of(far, atOffice, middle));

        assertEquals(List.of(atOffice, middle, far), route.stops());
        double expected = OFFICE.distanceKmTo(middle.location().orElseThrow())
                + middle.location().orElseThrow().distanceKmTo(far.location().orElseThrow());
        assertEquals(expected, route.totalKm(), 1e-9);
    }

    @Test
    void startsTheAfternoonFromTheLastMorningStop() {
        RouteStop amFarEast = stop(1, true, 33.72, -116.20);
        RouteStop pmNearOffice = stop(2, false, 33.72, -116.36);
        RouteStop pmNearEast = stop(3, false, 33.72, -116.22);

        Route route = planner.plan(OFFICE, List.of(amFarEast, pmNearOffice, pmNearEast));

        assertEquals(List.of(amFarEast, pmNearEast, pmNearOffice), route.stops());
    }

    @Test
    void measuresGreatCircleDistances() {
        Location palmDesert = new Location(33.72, -116.37);
        Location oneDegreeNorth = new Location(34.72, -116.37);
        assertEquals(111.19, palmDesert.distanceKmTo(oneDegreeNorth), 0.01);
        assertEquals(0, palmDesert.distanceKmTo(palmDesert));
    }

    private static RouteStop stop(long id, boolean morning, double latitude, double longitude) {
        return new RouteStop(id, "stop " + id, morning, latitude, longitude, "STREET " + id);
    }

    /** Exhaustive search over every order within each window: the true shortest drive. */
    static final class ShortestDrive {

        static double exhaustiveKm(Location office, List<RouteStop> day) {
            List<Location> am = locationsIn(day, true);
            List<Location> pm = locationsIn(day, false);
            if (am.isEmpty()) {
                return bestOpenPathKm(office, pm)[0];
            }
            double[] amKmEndingAt = bestOpenPathKm(office, am);
            double best = Double.MAX_VALUE;
            for (int last = 0; last < am.size(); last++) {
                best = Math.min(best, amKmEndingAt[last + 1] + bestOpenPathKm(am.get(last), pm)[0]);
            }
            return best;
        }

        private static List<Location> locationsIn(List<RouteStop> day, boolean morning) {
            return day.stream().filter(s -> s.morning() == morning).map(s -> s.location().orElseThrow()).toList();
        }

        /** [0]: shortest over all orders; [i + 1]: shortest among orders that end at point i. */
        private static double[] bestOpenPathKm(Location start, List<Location> points) {
            double[] best = new double[points.size() + 1];
            java.util.Arrays.fill(best, Double.MAX_VALUE);
            if (points.isEmpty()) {
                best[0] = 0;
                return best;
            }
            int[] order = java.util.stream.IntStream.range(0, points.size()).toArray();
            permute(order, 0, () -> {
                double km = start.distanceKmTo(points.get(order[0]));
                for (int i = 1; i < order.length; i++) {
                    km += points.get(order[i - 1]).distanceKmTo(points.get(order[i]));
                }
                int end = order[order.length - 1];
                best[end + 1] = Math.min(best[end + 1], km);
                best[0] = Math.min(best[0], km);
            });
            return best;
        }

        private static void permute(int[] order, int from, Runnable visit) {
            if (from >= order.length - 1) {
                visit.run();
                return;
            }
            for (int i = from; i < order.length; i++) {
                swap(order, from, i);
                permute(order, from + 1, visit);
                swap(order, from, i);
            }
        }

        private static void swap(int[] order, int a, int b) {
            int t = order[a];
            order[a] = order[b];
            order[b] = t;
        }
    }
}
