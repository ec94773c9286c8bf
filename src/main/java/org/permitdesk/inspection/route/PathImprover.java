package org.permitdesk.inspection.route;

import java.util.Arrays;
import java.util.Random;

/**
 * Finds a short open path that starts at node 0 and visits every node of a distance matrix once
 * (no return to the start), with nodes 1..amCount (the morning) before all others (the afternoon).
 * Nearest neighbour builds the first path, morning then afternoon; 2-opt (reverse a stretch) and
 * Or-opt (move a run of one to three stops elsewhere, either way round) then apply the best
 * shortening move that keeps every morning stop first, until none is left. Because the whole day is
 * one path, the search also picks which morning stop to end on for the afternoon's sake.
 * Where the morning ends shapes the whole afternoon, so the search starts once from plain nearest
 * neighbour and once from each morning stop taken as the last one, and keeps the shortest result.
 * That local optimum is then kicked a fixed number of times (iterated local search): two stretches
 * of one window swap places or one stretch is reversed, the path is improved again, and it is kept
 * if shorter. The kicks
 * come from a fixed seed, so the same input always gives the same path.
 */
final class PathImprover {

    private static final double EPSILON = 1e-9;
    private static final int LONGEST_MOVED_RUN = 3;
    private static final int KICKS = 100;
    private static final long KICK_SEED = 20_260_101L;

    private final double[][] km;
    private final int last;
    private final int amCount;

    PathImprover(double[][] km, int amCount) {
        this.km = km;
        this.last = km.length - 1;
        this.amCount = amCount;
    }

    /** Node order by position; position 0 holds node 0. */
    int[] shortPathFromStart() {
        int[] best = improved(nearestNeighbourPath(0));
        for (int lastMorningNode = 1; lastMorningNode <= amCount && amCount < last; lastMorningNode++) {
            best = shorter(best, improved(nearestNeighbourPath(lastMorningNode)));
        }
        Random random = new Random(KICK_SEED);
        for (int kick = 0; kick < KICKS && canKick(); kick++) {
            best = shorter(best, improved(kicked(best, random)));
        }
        return best;
    }

    /** The candidate if it is really shorter, else the incumbent (so ties keep the earlier path). */
    private int[] shorter(int[] incumbent, int[] candidate) {
        return length(km, candidate) < length(km, incumbent) - EPSILON ? candidate : incumbent;
    }

    private boolean canKick() {
        return amCount >= 2 || last - amCount >= 2;
    }

    /** Inside one window: either stretches B and C of ...A B C D... swap places, or one stretch is reversed. */
    private int[] kicked(int[] path, Random random) {
        boolean morning = amCount >= 2 && (last - amCount < 2 || random.nextBoolean());
        int low = morning ? 1 : amCount + 1;
        int high = morning ? amCount : last;
        int[] result = path.clone();
        if (high - low >= 2 && random.nextBoolean()) {
            int cutB = low + random.nextInt(high - low - 1);
            int cutC = cutB + 1 + random.nextInt(high - cutB - 1);
            int end = cutC + random.nextInt(high - cutC + 1);
            int lengthC = end - cutC + 1;
            System.arraycopy(path, cutC, result, cutB, lengthC);
            System.arraycopy(path, cutB, result, cutB + lengthC, cutC - cutB);
        } else {
            int from = low + random.nextInt(high - low);
            reverse(result, from, from + 1 + random.nextInt(high - from));
        }
        return result;
    }

    /** Improves the given path (position 0 must hold node 0) until no 2-opt or Or-opt move shortens it. */
    int[] improved(int[] path) {
        int[] current = path.clone();
        boolean shortened = true;
        while (shortened) {
            shortened = applyBestTwoOpt(current) || applyBestOrOpt(current);
        }
        return current;
    }

    static double length(double[][] km, int[] path) {
        double total = 0;
        for (int i = 1; i < path.length; i++) {
            total += km[path[i - 1]][path[i]];
        }
        return total;
    }

    /** Nearest neighbour, morning then afternoon; a {@code lastMorningNode} above 0 is kept for the morning's end. */
    private int[] nearestNeighbourPath(int lastMorningNode) {
        int[] path = new int[km.length];
        boolean[] visited = new boolean[km.length];
        visited[0] = true;
        if (lastMorningNode > 0) {
            path[amCount] = lastMorningNode;
            visited[lastMorningNode] = true;
        }
        for (int position = 1; position <= last; position++) {
            if (lastMorningNode > 0 && position == amCount) {
                continue;
            }
            int from = path[position - 1];
            int nearest = -1;
            int firstNode = position <= amCount ? 1 : amCount + 1;
            int lastNode = position <= amCount ? amCount : last;
            for (int node = firstNode; node <= lastNode; node++) {
                if (!visited[node] && (nearest < 0 || km[from][node] < km[from][nearest])) {
                    nearest = node;
                }
            }
            path[position] = nearest;
            visited[nearest] = true;
        }
        return path;
    }

    /** Moves keep a stretch inside one window: morning positions are 1..amCount. */
    private int lastPositionOfWindowAt(int position) {
        return position <= amCount ? amCount : last;
    }

    /** Distance between the nodes at two positions; a position past the end costs nothing (open path). */
    private double leg(int[] path, int fromPosition, int toPosition) {
        return toPosition > last ? 0 : km[path[fromPosition]][path[toPosition]];
    }

    private boolean applyBestTwoOpt(int[] path) {
        double bestDelta = -EPSILON;
        int bestI = -1;
        int bestJ = -1;
        for (int i = 1; i < last; i++) {
            for (int j = i + 1; j <= lastPositionOfWindowAt(i); j++) {
                double delta = km[path[i - 1]][path[j]] - km[path[i - 1]][path[i]]
                        + (j < last ? km[path[i]][path[j + 1]] - km[path[j]][path[j + 1]] : 0);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (bestI < 0) {
            return false;
        }
        reverse(path, bestI, bestJ);
        return true;
    }

    private boolean applyBestOrOpt(int[] path) {
        OrMove best = null;
        for (int runLength = 1; runLength <= LONGEST_MOVED_RUN; runLength++) {
            for (int first = 1; first + runLength - 1 <= lastPositionOfWindowAt(first); first++) {
                best = bestInsertionOfRun(path, first, first + runLength - 1, best);
            }
        }
        if (best == null) {
            return false;
        }
        best.applyTo(path);
        return true;
    }

    /** Best place to re-insert the run at positions first..end, if it beats {@code best}. */
    private OrMove bestInsertionOfRun(int[] path, int first, int end, OrMove best) {
        double removalGain = km[path[first - 1]][path[first]] + leg(path, end, end + 1)
                - (end < last ? km[path[first - 1]][path[end + 1]] : 0);
        boolean morning = first <= amCount;
        for (int after = morning ? 0 : amCount; after <= (morning ? amCount : last); after++) {
            if (after >= first - 1 && after <= end) {
                continue; // inserting between its own neighbours changes nothing
            }
            int a = path[after];
            boolean atEnd = after == last;
            double bridge = atEnd ? 0 : km[a][path[after + 1]];
            double forward = km[a][path[first]] + (atEnd ? 0 : km[path[end]][path[after + 1]]) - bridge;
            double reversed = km[a][path[end]] + (atEnd ? 0 : km[path[first]][path[after + 1]]) - bridge;
            double delta = Math.min(forward, reversed) - removalGain;
            if (delta < (best == null ? -EPSILON : best.delta())) {
                best = new OrMove(first, end, after, reversed < forward, delta);
            }
        }
        return best;
    }

    private static void reverse(int[] path, int from, int to) {
        for (int i = from, j = to; i < j; i++, j--) {
            int swap = path[i];
            path[i] = path[j];
            path[j] = swap;
        }
    }

    /** Move the run at positions first..end to just after position {@code after}, optionally reversed. */
    private record OrMove(int first, int end, int after, boolean reversed, double delta) {

        void applyTo(int[] path) {
            int[] run = Arrays.copyOfRange(path, first, end + 1);
            if (reversed) {
                reverse(run, 0, run.length - 1);
            }
            int[] rest = new int[path.length - run.length];
            int r = 0;
            int insertAt = -1;
            for (int position = 0; position < path.length; position++) {
                if (position >= first && position <= end) {
                    continue;
                }
                rest[r++] = path[position];
                if (position == after) {
                    insertAt = r;
                }
            }
            System.arraycopy(rest, 0, path, 0, insertAt);
            System.arraycopy(run, 0, path, insertAt, run.length);
            System.arraycopy(rest, insertAt, path, insertAt + run.length, rest.length - insertAt);
        }
    }
}
