package org.permitdesk.account.cslb;

import java.time.Duration;
import java.util.List;

/**
 * What an import did: how many licences are now stored, how many lines were rejected and, for the first
 * {@link #MAX_DETAILS} of them, which and why (in line order).
 */
public record CslbImportResult(int imported, long rejectedCount, List<RejectedLine> rejected, Duration elapsed) {

    /** Rejected lines kept with their reason; the count stays exact beyond this. */
    public static final int MAX_DETAILS = 1_000;

    public CslbImportResult {
        rejected = List.copyOf(rejected);
    }
}
