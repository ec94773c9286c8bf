package org.permitdesk.permit.fee;

import java.util.Map;
import java.util.Objects;

/**
 * What a permit's fees depend on besides its valuation: its SMIP category and how many of each unit
 * ("fixture" → 6, "day" → 10) the per-unit schedule items charge for. A unit not named counts zero.
 */
public record FeeBasis(SmipCategory smipCategory, Map<String, Integer> units) {

    public FeeBasis {
        Objects.requireNonNull(smipCategory, "smipCategory");
        units = Map.copyOf(units);
        units.forEach((unit, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("Units of " + unit + " must be 0 or more, not " + count);
            }
        });
    }

    /** No units, and the SMIP category for buildings other than small residential ones. */
    public static FeeBasis none() {
        return new FeeBasis(SmipCategory.OTHER, Map.of());
    }

    public int unitsOf(String unitName) {
        return units.getOrDefault(unitName, 0);
    }
}
