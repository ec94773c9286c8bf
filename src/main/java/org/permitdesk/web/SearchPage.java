package org.permitdesk.web;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of public search results, newest first. {@code total} is capped at {@link PublicSearch#COUNT_LIMIT}
 * ({@code totalCapped} then says "more than").
 */
public record SearchPage(String query, List<Row> rows, int page, int pageSize, int total, boolean totalCapped,
                         String problem) {

    /** One permit in the list. */
    public record Row(String number, String typeName, String status, String address, LocalDate applied) {
    }

    static SearchPage none(String query, String problem) {
        return new SearchPage(query, List.of(), 1, PublicSearch.PAGE_SIZE, 0, false, problem);
    }

    public boolean searched() {
        return query != null && !query.isBlank() && problem == null;
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public int firstShown() {
        return rows.isEmpty() ? 0 : (page - 1) * pageSize + 1;
    }

    public int lastShown() {
        return (page - 1) * pageSize + rows.size();
    }
}
