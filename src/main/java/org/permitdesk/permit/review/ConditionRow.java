package org.permitdesk.permit.review;

import java.time.Instant;

/** A condition as the permit screen lists it; released ones stay listed for the record. */
public record ConditionRow(long id, ConditionKind kind, String text, String addedBy, Instant addedAt,
                           String releasedBy, Instant releasedAt) {

    public boolean active() {
        return releasedAt == null;
    }
}
