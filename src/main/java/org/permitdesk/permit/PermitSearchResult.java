package org.permitdesk.permit;

import java.util.List;

/**
 * What a search found. {@code more} is true when there are more matches than shown
 * (the person should type more to narrow the search).
 */
public record PermitSearchResult(String query, List<PermitSummary> permits, boolean more) {

    public static PermitSearchResult empty(String query) {
        return new PermitSearchResult(query, List.of(), false);
    }
}
