package org.permitdesk.permit.fee;

/** How a fee schedule item is worked out (see {@link FeeCalculator}). */
public enum FeeKind {
    /** A fixed amount. */
    FLAT,
    /** A band of a valuation table: a base amount plus a rate per step of valuation above the band's start. */
    VALUATION_BAND,
    /** An amount per unit (fixture, circuit, day…) times the units recorded on the permit. */
    PER_UNIT
}
