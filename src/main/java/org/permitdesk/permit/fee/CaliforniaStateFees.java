package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two fees California cities collect on a building permit's valuation for the state
 * (see src/docs/adr/0008-fees-and-state-fees.md for where the rules come from and the rounding chosen).
 * Both apply only to a valuation above zero.
 */
public final class CaliforniaStateFees {

    /** SB 1473 is charged $1 for each $25,000 of valuation or fraction thereof ($4 per $100,000). */
    static final BigDecimal SB1473_STEP = new BigDecimal("25000");
    static final BigDecimal SB1473_PER_STEP = new BigDecimal("1.00");
    static final BigDecimal SB1473_MINIMUM = new BigDecimal("1.00");
    static final BigDecimal SMIP_MINIMUM = new BigDecimal("0.50");

    private CaliforniaStateFees() {
    }

    /**
     * Building Standards Administration Special Revolving Fund fee (SB 1473, Health and Safety Code § 18931.6):
     * $1 per $25,000 of valuation or fraction thereof, at least $1. $250,000 → $10.00; $250,000.01 → $11.00.
     */
    public static BigDecimal sb1473(BigDecimal valuation) {
        requirePositive(valuation);
        BigDecimal steps = valuation.divide(SB1473_STEP, 0, RoundingMode.CEILING);
        return steps.multiply(SB1473_PER_STEP).max(SB1473_MINIMUM).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Strong Motion Instrumentation Program fee (Public Resources Code § 2705): valuation × 0.00013 for Group R
     * of 1–3 stories, × 0.00028 otherwise, to the nearest cent (half a cent up), at least $0.50.
     * $250,000 residential → $32.50; $38,500 residential → $5.01.
     */
    public static BigDecimal smip(BigDecimal valuation, SmipCategory category) {
        requirePositive(valuation);
        return valuation.multiply(category.rate()).setScale(2, RoundingMode.HALF_UP).max(SMIP_MINIMUM);
    }

    private static void requirePositive(BigDecimal valuation) {
        if (valuation == null || valuation.signum() <= 0) {
            throw new IllegalArgumentException("State fees are charged on a valuation above $0, not " + valuation);
        }
    }
}
