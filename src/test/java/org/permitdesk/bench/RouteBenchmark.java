package org.permitdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.permitdesk.inspection.route.Location;
import org.permitdesk.inspection.route.Route;
import org.permitdesk.inspection.route.RoutePlanner;
import org.permitdesk.inspection.route.RouteStop;

/**
 * Route planning benchmark (docs/route-benchmark.md): a seeded day of 40 located stops (20 AM, 20 PM) within
 * about 9 km of the office; times {@link RoutePlanner#plan} over 200 repetitions after warm-up and compares its
 * length with the best of 1,000 random-restart 2-opt runs (AM before PM kept).
 *
 * <pre>bench/route-benchmark.sh [--seeds N]</pre>
 */
public final class RouteBenchmark {

    private static final Location OFFICE = new Location(33.72, -116.37);
    private static final int WARM_UP = 300;
    private static final int REPETITIONS = 200;
    private static final int RESTARTS = 1_000;

    private RouteBenchmark() {
    }

    public static void main(String[] args) {
        int seeds = args.length == 2 && args[0].equals("--seeds") ? Integer.parseInt(args[1]) : 5;
        System.out.println("seed  p50 ms  p95 ms  max ms  planned km  best-of-1000 2-opt km  ratio");
        for (long seed = 1; seed <= seeds; seed++) {
            measure(seed);
        }
    }

    private static void measure(long seed) {
        List<RouteStop> day = day(new Random(seed));
        RoutePlanner planner = new RoutePlanner();
        for (int i = 0; i < WARM_UP; i++) {
            planner.plan(OFFICE, day);
        }
        double[] millis = new double[REPETITIONS];
        Route route = null;
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            route = planner.plan(OFFICE, day);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double reference = bestOfRandomRestartTwoOpt(day, new Random(seed * 7919));
        System.out.printf("%4d  %6.2f  %6.2f  %6.2f  %10.3f  %21.3f  %.4f%n", seed, millis[REPETITIONS / 2 - 1],
                millis[(int) Math.ceil(REPETITIONS * 0.95) - 1], millis[REPETITIONS - 1], route.totalKm(),
                reference, route.totalKm() / reference);
    }

    private static List<RouteStop> day(Random random) {
        List<RouteStop> day = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double latitude = OFFICE.latitude() + (random.nextDouble() * 2 - 1) * 0.08;
            double longitude = OFFICE.longitude() + (random.nextDouble() * 2 - 1) * 0.08;
            boolean morning = i % 2 == 0;
            day.add(new RouteStop(i + 1, "stop " + (i + 1), morning, latitude, longitude, "STREET " + (i + 1)));
        }
        return day;
    }

    /** Independent reference: random AM order + random PM order, 2-opt inside each window, best of many. */
    private static double bestOfRandomRestartTwoOpt(List<RouteStop> day, Random random) {
        List<Location> points = new ArrayList<>(List.of(OFFICE));
        day.stream().filter(s -> s.morning()).forEach(s -> points.add(s.location().orElseThrow()));
        int amCount = points.size() - 1;
        day.stream().filter(s -> !s.morning()).forEach(s -> points.add(s.location().orElseThrow()));
        double[][] km = new double[points.size()][points.size()];
        for (int a = 0; a < points.size(); a++) {
            for (int b = 0; b < points.size(); b++) {
                km[a][b] = points.get(a).distanceKmTo(points.get(b));
            }
        }
        double best = Double.MAX_VALUE;
        for (int restart = 0; restart < RESTARTS; restart++) {
            int[] path = randomPath(points.size(), amCount, random);
            twoOpt(km, path, amCount);
            best = Math.min(best, length(km, path));
        }
        return best;
    }

    private static int[] randomPath(int size, int amCount, Random random) {
        int[] path = new int[size];
        for (int i = 0; i < size; i++) {
            path[i] = i;
        }
        shuffle(path, 1, amCount, random);
        shuffle(path, amCount + 1, size - 1, random);
        return path;
    }

    private static void shuffle(int[] path, int from, int to, Random random) {
        for (int i = to; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int swap = path[i];
            path[i] = path[j];
            path[j] = swap;
        }
    }

    /** First-improvement 2-opt on the open path; a reversed stretch stays inside its window. */
    private static void twoOpt(double[][] km, int[] path, int amCount) {
        int last = path.length - 1;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 1; i < last; i++) {
                int windowEnd = i <= amCount ? amCount : last;
                for (int j = i + 1; j <= windowEnd; j++) {
                    double delta = km[path[i - 1]][path[j]] - km[path[i - 1]][path[i]]
                            + (j < last ? km[path[i]][path[j + 1]] - km[path[j]][path[j + 1]] : 0);
                    if (delta < -1e-9) {
                        for (int a = i, b = j; a < b; a++, b--) {
                            int swap = path[a];
                            path[a] = path[b];
                            path[b] = swap;
                        }
                        improved = true;
                    }
                }
            }
        }
    }

    private static double length(double[][] km, int[] path) {
        double total = 0;
        for (int i = 1; i < path.length; i++) {
            total += km[path[i - 1]][path[i]];
        }
        return total;
    }
}
