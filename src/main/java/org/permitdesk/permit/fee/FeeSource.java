package org.permitdesk.permit.fee;

/** Where a fee line on a permit came from. */
public enum FeeSource {
    /** The permit type's fee schedule; replaced whenever fees are assessed again. */
    SCHEDULE,
    /** A California state fee on valuation (SB 1473, SMIP); replaced whenever fees are assessed again. */
    STATE_FEE,
    /** Added by a clerk with a reason; kept when fees are assessed again. */
    MANUAL
}
