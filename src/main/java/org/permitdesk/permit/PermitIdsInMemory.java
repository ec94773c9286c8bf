package org.permitdesk.permit;

import static org.permitdesk.permit.PermitSearchService.FETCH_ROWS;
import static org.permitdesk.permit.PermitSearchService.LIKELY_RAREST_FIRST;
import static org.permitdesk.permit.PermitSearchService.SCAN_LIMIT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * How {@link PermitSearchService} finds the permits matching several typed words on the embedded H2 database:
 * each word's permit ids are read from its index range and the other words are checked against them in memory;
 * only words much broader than the driving word are probed permit by permit. On H2 at a million permits a probe of
 * one permit costs 30-170 us (it mostly misses the page cache and decodes a whole index page) while reading one
 * term of a range costs 0.2-5 us. PostgreSQL probes from its shared buffers for about a tenth of that and keeps the
 * one-query search (see src/docs/adr/0001-permit-search-terms-table.md, "Checking the other words on H2").
 * Same results as the one-query search: the first 201 matching permits in the driving word's term order.
 */
final class PermitIdsInMemory {

    /** Candidates probed in the first batch for the words broader than the driving word. */
    private static final int FIRST_PROBE_BATCH = 64;
    /**
     * A broader word is read to its end instead of being probed when it starts fewer than this many terms per
     * probe still expected (20 rather than the cost ratio of 30 or more, for the reads' garbage in a 256 MB heap).
     */
    private static final int READ_PER_PROBE = 20;
    /** The most terms of one word read into memory (about 150,000 ids, a few MB for a moment). */
    private static final int MAX_READ = 150_000;

    private PermitIdsInMemory() {
    }

    /**
     * Collects the ids of (at most {@link #FETCH_ROWS}) permits matching every word; true when more may match than
     * were collected. Each word's terms are read as one index range, the most likely rarest word first, and each
     * read stops one past the fewest terms read so far (at most {@link #SCAN_LIMIT} + 1), so reading a broad word
     * like "desert" after a narrow one costs little. The word with the fewest terms drives: its permits, in term
     * order, are the candidates; when every word starts more than {@link #SCAN_LIMIT} terms only the first that
     * many are (and the result says "type more"). Each other word then narrows the candidates: read to its end
     * while that is cheaper than probing each candidate ({@link #READ_PER_PROBE}), and checked in memory;
     * otherwise probed in the database, a batch of candidates at a time until enough match.
     */
    static boolean findIds(Session session, List<String> words, Set<Long> ids) {
        List<String> readingOrder = new ArrayList<>(words);
        readingOrder.sort(LIKELY_RAREST_FIRST);
        List<WordMatches> read = new ArrayList<>();
        int fewest = SCAN_LIMIT;
        for (String word : readingOrder) {
            List<Long> permitIds = permitIdsOfTerms(session, word, fewest + 1);
            if (permitIds.isEmpty()) {
                return false; // this word matches nothing, so neither does the search
            }
            read.add(new WordMatches(word, permitIds, permitIds.size() <= fewest));
            fewest = Math.min(fewest, permitIds.size());
        }
        read.sort(Comparator.comparingInt(matches -> matches.permitIds().size())); // stable: ties keep reading order
        WordMatches driver = read.get(0);
        Set<Long> candidates = new LinkedHashSet<>(driver.permitIds().subList(0, Math.min(fewest, SCAN_LIMIT)));
        List<WordMatches> broader = new ArrayList<>();
        for (WordMatches other : read.subList(1, read.size())) {
            if (other.complete()) {
                candidates.retainAll(new HashSet<>(other.permitIds()));
            } else {
                broader.add(other);
            }
        }
        collectMatching(session, new ArrayList<>(candidates), broader, ids);
        return !driver.complete();
    }

    /**
     * Adds to {@code ids}, in candidate order, the candidates that have a term starting with each of the broader
     * words, until {@link #FETCH_ROWS} are collected. A first batch of candidates is probed in the database; from
     * how many of them match, it estimates how many probes are still needed, and reads a broader word to its end
     * instead (then checked in memory) when that is cheaper ({@link #READ_PER_PROBE}). The rest are probed a batch at
     * a time, each batch twice as large as the one before.
     */
    private static void collectMatching(Session session, List<Long> candidates, List<WordMatches> broader,
                                        Set<Long> ids) {
        List<String> probed = new ArrayList<>(broader.stream().map(WordMatches::word).toList());
        List<Long> rest = candidates;
        if (!probed.isEmpty()) {
            List<Long> first = rest.subList(0, Math.min(FIRST_PROBE_BATCH, rest.size()));
            addMatching(first, probe(session, first, probed), ids);
            rest = rest.subList(first.size(), rest.size());
            int hits = ids.size();
            for (WordMatches word : broader) {
                long probesLeft = hits == 0 ? rest.size()
                        : Math.min(rest.size(), (long) (FETCH_ROWS - hits) * first.size() / hits);
                int worthReading = (int) Math.min(MAX_READ, READ_PER_PROBE * probesLeft);
                if (worthReading > word.permitIds().size() && ids.size() < FETCH_ROWS) {
                    List<Long> permitIds = permitIdsOfTerms(session, word.word(), worthReading + 1);
                    if (permitIds.size() <= worthReading) {
                        Set<Long> all = new HashSet<>(permitIds);
                        rest = rest.stream().filter(all::contains).toList();
                        probed.remove(word.word());
                    }
                }
            }
        }
        int batch = FIRST_PROBE_BATCH;
        for (int from = 0; from < rest.size() && ids.size() < FETCH_ROWS; from += batch, batch *= 2) {
            List<Long> slice = rest.subList(from, Math.min(from + batch, rest.size()));
            addMatching(slice, probed.isEmpty() ? Set.copyOf(slice) : probe(session, slice, probed), ids);
        }
    }

    /** Adds the {@code matching} ones of {@code candidates} to {@code ids}, in order, up to {@link #FETCH_ROWS}. */
    private static void addMatching(List<Long> candidates, Set<Long> matching, Set<Long> ids) {
        for (Long id : candidates) {
            if (matching.contains(id) && ids.size() < FETCH_ROWS) {
                ids.add(id);
            }
        }
    }

    /**
     * Those of {@code permitIds} that have a term starting with each of {@code words}: for each id, one lookup of the
     * (permit_id, term) index per word (H2's plan for this form; an {@code IN} list of ids with the term range made
     * H2 2.5 scan the whole index, see docs/benchmarks.md). {@code OFFSET 0 ROWS} as in the one-query search.
     */
    private static Set<Long> probe(Session session, List<Long> permitIds, List<String> words) {
        StringBuilder sql = new StringBuilder("SELECT c.id FROM UNNEST(CAST(? AS BIGINT ARRAY)) c(id) WHERE ");
        for (int i = 0; i < words.size(); i++) {
            String t = "t" + i;
            sql.append(i == 0 ? "" : " AND ").append("EXISTS (SELECT 1 FROM permit_search_term ").append(t)
                    .append(" WHERE ").append(t).append(".permit_id = c.id AND ").append(t).append(".term >= ? AND ")
                    .append(t).append(".term < ? OFFSET 0 ROWS)");
        }
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setArray(1, connection.createArrayOf("BIGINT", permitIds.toArray()));
                for (int i = 0; i < words.size(); i++) {
                    statement.setString(2 + 2 * i, words.get(i));
                    statement.setString(3 + 2 * i, PermitSearchTerms.upperBound(words.get(i)));
                }
                Set<Long> matching = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        matching.add(rows.getLong(1));
                    }
                }
                return matching;
            }
        });
    }

    /**
     * The permit ids of the first {@code limit} stored terms starting with {@code word}, in term order. Plain JDBC:
     * up to {@link #MAX_READ} rows, which Hibernate's row handling would make several times slower.
     */
    private static List<Long> permitIdsOfTerms(Session session, String word, int limit) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT permit_id FROM permit_search_term"
                    + " WHERE term >= ? AND term < ? ORDER BY term, permit_id FETCH FIRST ? ROWS ONLY")) {
                statement.setString(1, word);
                statement.setString(2, PermitSearchTerms.upperBound(word));
                statement.setInt(3, limit);
                List<Long> permitIds = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        permitIds.add(rows.getLong(1));
                    }
                }
                return permitIds;
            }
        });
    }

    /** The permit ids of a word's first terms, in term order; {@code complete} when they are all its terms. */
    private record WordMatches(String word, List<Long> permitIds, boolean complete) {
    }
}
