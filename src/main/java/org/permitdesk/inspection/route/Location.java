package org.permitdesk.inspection.route;

/** A point on the map in decimal degrees (WGS 84), e.g. the permit center's office. */
public record Location(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("latitude must be within -90..90 and longitude within -180..180, got "
                    + latitude + ", " + longitude);
        }
    }

    /** Great-circle (haversine) distance in kilometres on a spherical Earth of mean radius. */
    public double distanceKmTo(Location other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double sinHalfDLat = Math.sin((lat2 - lat1) / 2);
        double sinHalfDLon = Math.sin(Math.toRadians(other.longitude - longitude) / 2);
        double h = sinHalfDLat * sinHalfDLat + Math.cos(lat1) * Math.cos(lat2) * sinHalfDLon * sinHalfDLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
