package org.permitdesk.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.permitdesk.permit.PermitSearchTerms;
import org.permitdesk.permit.PermitStatus;

/**
 * The public search: permits whose public terms ({@code public_search_term}: number, parcel, address, contractor
 * business name — never a person's name) start with every typed word, matched as the desktop matches
 * ({@link PermitSearchTerms#queryWords}), newest applied first, a page at a time. The word most likely to be rarest
 * (one with a digit, else the longest) is read by its term range and the others are checked permit by permit.
 */
final class PublicSearch {

    /** Longest search text accepted (a longer one is refused with a friendly page). */
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 8;
    static final int PAGE_SIZE = 20;
    /** Highest page number served (20 × 500 = the first 10,000 matches). */
    static final int MAX_PAGE = 500;
    /** Matches are counted up to this many. */
    static final int COUNT_LIMIT = MAX_PAGE * PAGE_SIZE;

    private static final Comparator<String> LIKELY_RAREST_FIRST = Comparator
            .comparing((String word) -> word.chars().noneMatch(Character::isDigit))
            .thenComparing(Comparator.comparingInt(String::length).reversed());

    private PublicSearch() {
    }

    /** The words to search for, or why the text cannot be searched. */
    static SearchPage search(Connection connection, String typed, int page) throws SQLException {
        if (typed == null || typed.isBlank()) {
            return SearchPage.none("", null);
        }
        if (typed.length() > MAX_QUERY_LENGTH) {
            return SearchPage.none(typed.substring(0, MAX_QUERY_LENGTH), "The search text is longer than "
                    + MAX_QUERY_LENGTH + " characters: type a permit number, an address, a parcel or a business name.");
        }
        List<String> words = new ArrayList<>(PermitSearchTerms.queryWords(typed));
        if (words.isEmpty()) {
            return SearchPage.none(typed, "Type at least two letters or digits of a permit number, an address,"
                    + " a parcel or a contractor's business name.");
        }
        if (words.size() > MAX_WORDS) {
            return SearchPage.none(typed, "Type at most " + MAX_WORDS + " words.");
        }
        words.sort(LIKELY_RAREST_FIRST);
        String matching = matchingIds(words.size());
        int total;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM (" + matching
                + " FETCH FIRST " + (COUNT_LIMIT + 1) + " ROWS ONLY) m")) {
            bindWords(count, words, 1);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        boolean capped = total > COUNT_LIMIT;
        total = Math.min(total, COUNT_LIMIT);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<SearchPage.Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT p.permit_number, t.name, p.status, s.address_line, p.applied_date
                FROM public_permit p
                JOIN public_site s ON s.id = p.site_id
                JOIN public_permit_type t ON t.id = p.permit_type_id
                WHERE p.id IN (%s)
                ORDER BY p.applied_date DESC, p.id DESC
                OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""".formatted(matching))) {
            int next = bindWords(query, words, 1);
            query.setInt(next, (shown - 1) * PAGE_SIZE);
            query.setInt(next + 1, PAGE_SIZE);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SearchPage.Row(rs.getString(1), rs.getString(2),
                            PermitStatus.valueOf(rs.getString(3)).label(), rs.getString(4),
                            rs.getObject(5, LocalDate.class)));
                }
            }
        }
        return new SearchPage(typed, rows, shown, PAGE_SIZE, total, capped, null);
    }

    /** The ids of the permits with a term starting with each word: the first word's range, the others probed. */
    private static String matchingIds(int words) {
        StringBuilder sql = new StringBuilder(
                "SELECT DISTINCT d.permit_id FROM public_search_term d WHERE d.term >= ? AND d.term < ?");
        for (int i = 1; i < words; i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM public_search_term t").append(i).append(" WHERE t").append(i)
                    .append(".permit_id = d.permit_id AND t").append(i).append(".term >= ? AND t").append(i)
                    .append(".term < ?)");
        }
        return sql.toString();
    }

    private static int bindWords(PreparedStatement statement, List<String> words, int first) throws SQLException {
        int index = first;
        for (String word : words) {
            statement.setString(index++, word);
            statement.setString(index++, PermitSearchTerms.upperBound(word));
        }
        return index;
    }
}
