package org.permitdesk.inspection.ui;

import java.util.List;
import org.permitdesk.inspection.route.Location;

/**
 * Places latitude/longitude on a drawing area of a given size so that everything fits inside a margin, north up,
 * with the same scale across and down: a degree of longitude counts cos(latitude) of a degree of latitude (at the
 * middle latitude of the places), so a square block looks square. No JavaFX here, so it can be tested alone.
 */
public final class RouteProjection {

    /** A point on the drawing area, in pixels from its top left corner. */
    public record Point(double x, double y) {

        double distanceTo(double otherX, double otherY) {
            return Math.hypot(x - otherX, y - otherY);
        }
    }

    /** The smallest span shown, in degrees of latitude (about 200 m): a single stop is not blown up to fill the area. */
    static final double MIN_SPAN_DEGREES = 0.002;

    private final double cosLatitude;
    private final double scale;
    private final double left;
    private final double top;
    private final double originX;
    private final double originY;

    private RouteProjection(double cosLatitude, double scale, double left, double top, double originX, double originY) {
        this.cosLatitude = cosLatitude;
        this.scale = scale;
        this.left = left;
        this.top = top;
        this.originX = originX;
        this.originY = originY;
    }

    /** Fits the places (at least one) into width × height, keeping {@code margin} pixels free on every side. */
    public static RouteProjection fit(List<Location> places, double width, double height, double margin) {
        if (places.isEmpty()) {
            throw new IllegalArgumentException("nothing to fit: give at least the office");
        }
        double minLat = places.stream().mapToDouble(Location::latitude).min().orElseThrow();
        double maxLat = places.stream().mapToDouble(Location::latitude).max().orElseThrow();
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double minX = places.stream().mapToDouble(p -> p.longitude() * cos).min().orElseThrow();
        double maxX = places.stream().mapToDouble(p -> p.longitude() * cos).max().orElseThrow();
        double spanX = Math.max(maxX - minX, MIN_SPAN_DEGREES);
        double spanY = Math.max(maxLat - minLat, MIN_SPAN_DEGREES);
        double usableWidth = Math.max(width - 2 * margin, 1);
        double usableHeight = Math.max(height - 2 * margin, 1);
        double scale = Math.min(usableWidth / spanX, usableHeight / spanY);
        // Centre the places: the unused room is shared equally on both sides.
        double left = margin + (usableWidth - (maxX - minX) * scale) / 2;
        double top = margin + (usableHeight - (maxLat - minLat) * scale) / 2;
        return new RouteProjection(cos, scale, left, top, minX, maxLat);
    }

    public Point project(Location place) {
        return new Point(left + (place.longitude() * cosLatitude - originX) * scale,
                top + (originY - place.latitude()) * scale);
    }

    /** Pixels per kilometre across the area (for a scale bar). */
    public double pixelsPerKm() {
        return scale / 111.32;
    }

    /** The index of the point nearest (x, y) within {@code radius} pixels, or -1. */
    public static int nearest(List<Point> points, double x, double y, double radius) {
        int best = -1;
        double bestDistance = radius;
        for (int i = 0; i < points.size(); i++) {
            double distance = points.get(i).distanceTo(x, y);
            if (distance <= bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
