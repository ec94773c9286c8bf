package org.permitdesk.permit.blds;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an import did. {@code imported} permits were stored (0 when invalid rows stopped an all-or-nothing
 * import); {@code rejectedCount} rows were invalid, the first {@link #MAX_DETAILS} of them listed in line
 * order; {@code newTypes} are the permit types created for unknown type codes ("CARN Building Residential -
 * New"); {@code rejectsFile} is where the rejected rows were written (with --skip-invalid).
 */
public record BldsImportResult(int imported, long rows, long rejectedCount, List<RejectedRow> rejected,
                               List<String> newTypes, Optional<Path> rejectsFile, Duration elapsed) {

    /** Rejected rows kept with their reason; the count stays exact beyond this. */
    public static final int MAX_DETAILS = 1_000;

    public BldsImportResult {
        rejected = List.copyOf(rejected);
        newTypes = List.copyOf(newTypes);
    }

    /** True when nothing was stored because some rows were invalid (an all-or-nothing import). */
    public boolean refused() {
        return imported == 0 && rejectedCount > 0 && rejectsFile.isEmpty();
    }
}
