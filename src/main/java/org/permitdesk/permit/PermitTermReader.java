package org.permitdesk.permit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Reads {@code permit_search_term} for the search: which different terms a typed word starts, and the permits of a
 * word newest first. "Newest" is the highest permit id, the order permits were entered in: when more permits match
 * than are listed, a clerk sees the latest ones, not the oldest (src/docs/adr/0001-permit-search-terms-table.md,
 * "Newest first").
 */
final class PermitTermReader {

    private PermitTermReader() {
    }

    /**
     * The different stored terms that start with {@code word}, when there are at most {@code most}: one index seek
     * each, from one term to the next (terms are [a-z0-9] only, so the first term after {@code t} is at least
     * {@code t + "0"}). Empty when there are more.
     */
    static Optional<List<String>> termsStartingWith(Connection connection, String word, int most) throws SQLException {
        List<String> terms = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT term FROM permit_search_term"
                + " WHERE term >= ? AND term < ? ORDER BY term FETCH FIRST 1 ROWS ONLY")) {
            statement.setString(2, PermitSearchTerms.upperBound(word));
            String from = word;
            while (terms.size() <= most) {
                statement.setString(1, from);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        break;
                    }
                    terms.add(rows.getString(1));
                }
                from = terms.get(terms.size() - 1) + "0";
            }
        }
        return terms.size() <= most ? Optional.of(terms) : Optional.empty();
    }

    /**
     * The permit ids of the first {@code limit} stored terms starting with {@code word}, newest first. When the word's
     * different {@code terms} are known, each term's entries are read from the newest permit back (the primary key
     * {@code (term, permit_id)} read backwards) and merged, so these are the word's newest permits; a permit with
     * several of the terms appears once for each, next to each other. Otherwise the word's terms are read from the last
     * one back: for a permit-number prefix, whose every permit has a term of its own, that too is newest first.
     */
    static List<Long> newestPermitIds(Connection connection, String word, Optional<List<String>> terms, int limit)
            throws SQLException {
        return terms.isPresent() ? merged(connection, terms.get(), limit) : lastTermsFirst(connection, word, limit);
    }

    private static List<Long> lastTermsFirst(Connection connection, String word, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT permit_id FROM permit_search_term"
                + " WHERE term >= ? AND term < ? ORDER BY term DESC, permit_id DESC FETCH FIRST ? ROWS ONLY")) {
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
    }

    /** Each term read backwards a chunk at a time (twice as many each time), merged by permit id. */
    private static List<Long> merged(Connection connection, List<String> terms, int limit) throws SQLException {
        List<Long> permitIds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT permit_id FROM permit_search_term"
                + " WHERE term = ? AND permit_id < ? ORDER BY term DESC, permit_id DESC FETCH FIRST ? ROWS ONLY")) {
            // "term DESC" too, although the term is fixed: else H2 2.5 reads all the term's rows and sorts them
            int firstChunk = terms.size() == 1 ? limit : Math.min(limit, Math.max(64, limit / terms.size() + 1));
            PriorityQueue<TermCursor> heads = new PriorityQueue<>(
                    Comparator.comparingLong(TermCursor::head).reversed());
            for (String term : terms) {
                TermCursor cursor = new TermCursor(term, firstChunk);
                if (cursor.read(statement, limit)) {
                    heads.add(cursor);
                }
            }
            while (!heads.isEmpty()) {
                TermCursor newest = heads.poll();
                permitIds.add(newest.take());
                if (permitIds.size() == limit) {
                    break;
                }
                if (newest.read(statement, limit - permitIds.size())) {
                    heads.add(newest);
                }
            }
        }
        return permitIds;
    }

    /** One term's entries read so far and not yet merged; the next chunk starts below the last id read. */
    private static final class TermCursor {
        private final String term;
        private final ArrayDeque<Long> unread = new ArrayDeque<>();
        private int chunk;
        private long below = Long.MAX_VALUE;
        private boolean ended;

        TermCursor(String term, int chunk) {
            this.term = term;
            this.chunk = chunk;
        }

        long head() {
            return unread.getFirst();
        }

        long take() {
            return unread.removeFirst();
        }

        /**
         * Reads the next chunk (at most {@code needed} entries) when nothing is left unread; false when the term has
         * no more entries.
         */
        boolean read(PreparedStatement statement, int needed) throws SQLException {
            if (!unread.isEmpty()) {
                return true;
            }
            if (ended) {
                return false;
            }
            int rows = Math.min(chunk, needed);
            statement.setString(1, term);
            statement.setLong(2, below);
            statement.setInt(3, rows);
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    unread.addLast(found.getLong(1));
                }
            }
            ended = unread.size() < rows;
            chunk *= 2;
            if (unread.isEmpty()) {
                return false;
            }
            below = unread.getLast();
            return true;
        }
    }
}
