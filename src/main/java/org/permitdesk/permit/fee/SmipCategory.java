package org.permitdesk.permit.fee;

import java.math.BigDecimal;

/**
 * The two rates of the Strong Motion Instrumentation Program fee (Public Resources Code § 2705):
 * Group R occupancies of one to three stories (except hotels and motels), and every other building.
 */
public enum SmipCategory {
    /** $13 per $100,000 of valuation. */
    RESIDENTIAL_1_TO_3_STORIES(new BigDecimal("0.00013")),
    /** $28 per $100,000 of valuation. */
    OTHER(new BigDecimal("0.00028"));

    private final BigDecimal rate;

    SmipCategory(BigDecimal rate) {
        this.rate = rate;
    }

    public BigDecimal rate() {
        return rate;
    }
}
