package org.permitdesk.inspection.route;

import java.util.Objects;
import java.util.Optional;

/**
 * One inspection the inspector drives to.
 *
 * @param id             the inspection's id
 * @param label          what the inspector reads, usually the address
 * @param morning        true for the morning (AM) window, false for the afternoon (PM)
 * @param latitude       may be null when the address could not be located
 * @param longitude      null exactly when {@code latitude} is null
 * @param streetOrderKey sorts stops without coordinates, e.g. "PALM CANYON DR 00120"
 */
public record RouteStop(long id, String label, boolean morning, Double latitude, Double longitude,
                        String streetOrderKey) {

    public RouteStop {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(streetOrderKey, "streetOrderKey");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("stop " + id + ": give both latitude and longitude, or neither");
        }
        if (latitude != null) {
            new Location(latitude, longitude); // validates the range
        }
    }

    /** A stop the map could not place; it is driven in street order after the located stops of its window. */
    public static RouteStop withoutCoordinates(long id, String label, boolean morning, String streetOrderKey) {
        return new RouteStop(id, label, morning, null, null, streetOrderKey);
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }

    public Optional<Location> location() {
        return hasCoordinates() ? Optional.of(new Location(latitude, longitude)) : Optional.empty();
    }
}
