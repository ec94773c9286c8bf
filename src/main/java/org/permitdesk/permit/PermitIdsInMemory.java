package org.permitdesk.permit;

import static org.permitdesk.permit.PermitSearchService.FETCH_ROWS;
import static org.permitdesk.permit.PermitSearchService.LIKELY_RAREST_FIRST;
import static org.permitdesk.permit.PermitSearchService.MERGED_TERMS;
import static org.permitdesk.permit.PermitSearchService.SCAN_LIMIT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * How {@link PermitSearchService} finds the permits matching the typed words on the embedded H2 database (one word:
 * its newest permits, read backwards from the index). Each word's different terms are looked up first ("ave" starts
 * "ave" and "avenida"); a word with few of them is checked for a permit by looking each term up with the permit's
 * id in the primary key {@code (term, permit_id)} (4-20 us a permit on H2 at a million permits: a term's entries lie
 * together in id order, so the pages are mostly read already), a word with many by its term range in the
 * {@code (permit_id, term)} index (30-170 us: nearly every probe decodes a whole index page). Reading a term range
 * costs 0.5-5 us a term in the app's 256 MB heap, mostly garbage, so words are read only as far as needed to choose
 * the driving word, or to their end when that is cheaper than probing their range. PostgreSQL probes from its shared
 * buffers for a tenth of H2's cost and keeps the one-query search (src/docs/adr/0001-permit-search-terms-table.md,
 * "Checking the other words on H2").
 * <p>When at most 200 permits match, the result is every one of them, as with the one-query search. When more match,
 * it is the newest 201 of them whenever the driving word was read to its end or its terms were looked up (words are
 * read newest first, {@link PermitTermReader}); when the driving word starts many terms and was read in part, it is
 * the matches among its last terms (for "12 larrea": the highest house numbers starting 12). The driving word can
 * differ from PostgreSQL's, which counts every word first: there "larrea", the fewer, drives, and lists the newest.
 * Making H2 do the same was measured: "12 larrea" took 176-215 ms instead of 71-101 (the number word then has to be
 * read or probed by its range), so H2 keeps the faster choice.
 */
final class PermitIdsInMemory {

    /**
     * How far each step goes: {@link #DEFAULT} in the app; tests use small limits, so that a few hundred permits take
     * every path.
     *
     * @param scanLimit         the most terms of the driving word examined ({@link PermitSearchService#SCAN_LIMIT})
     * @param firstLook         terms of each word read at first; when every word starts more, the first word's
     *                          permits are tried as candidates ({@link #findAmongFirstWords})
     * @param cheaplyProbedRead once a word has been read to its end, a later word whose terms can be looked up is read
     *                          only this far: enough to find out that it is narrower (then it drives); if broader,
     *                          probing it costs less than reading it
     * @param maxTermsLookedUp  a word starting more different terms is probed by its term range instead
     * @param fetchRows         the most permit ids collected ({@link PermitSearchService#FETCH_ROWS})
     */
    record Limits(int scanLimit, int firstLook, int cheaplyProbedRead, int maxTermsLookedUp, int fetchRows) {
        static final Limits DEFAULT = new Limits(SCAN_LIMIT, 2_000, 2_000, MERGED_TERMS, FETCH_ROWS);
    }

    /** Candidates probed in the first batch for the words broader than the driving word. */
    private static final int FIRST_PROBE_BATCH = 64;
    /**
     * A broader word probed by its term range is read to its end instead when it starts fewer than this many terms
     * per probe still expected (20 rather than the cost ratio of 30 or more, for the reads' garbage in a 256 MB heap).
     * A word whose terms are looked up is never read further: measured, that was always slower than probing.
     */
    private static final int READ_PER_PROBE = 20;
    /** The most terms of one word read into memory (about 150,000 ids, a few MB for a moment). */
    private static final int MAX_READ = 150_000;

    private final Session session;
    private final Limits limits;

    PermitIdsInMemory(Session session, Limits limits) {
        this.session = session;
        this.limits = limits;
    }

    /**
     * Collects the ids of (at most {@link Limits#fetchRows}) permits matching every word; true when more may match
     * than were checked because only the driving word's first terms were read (collecting {@link Limits#fetchRows}
     * ids also says that more may match). The words' different terms are looked up (a word with none: no permit
     * matches) and their first {@link Limits#firstLook} terms read, the most likely rarest word first
     * ({@link #readWords}). When a word
     * was read to its end, the fewest such word drives: its permits, newest first, are the candidates, and each other
     * word narrows them (in memory when read to its end, else probed, see {@link #collectMatching}). When every word
     * is broader, the first word's permits are tried as candidates ({@link #findAmongFirstWords}); only when that
     * cannot decide, every word is read up to {@link Limits#scanLimit} terms and the search goes on as above (when
     * every word starts more than that, only the first word's first terms are candidates, and the result says "type
     * more").
     */
    boolean findIds(List<String> words, Set<Long> ids) {
        List<ProbedWord> readingOrder = new ArrayList<>();
        for (String word : words.stream().sorted(LIKELY_RAREST_FIRST).toList()) {
            ProbedWord probed = termsStartingWith(word);
            if (probed.lookedUp() && probed.terms().isEmpty()) {
                return false; // this word matches nothing, so neither does the search
            }
            readingOrder.add(probed);
        }
        if (readingOrder.size() == 1) {
            return findNewestOfOneWord(readingOrder.get(0), ids);
        }
        List<WordMatches> read = readWords(readingOrder, limits.firstLook());
        if (read.stream().noneMatch(WordMatches::complete)) {
            Optional<Boolean> more = findAmongFirstWords(read, ids);
            if (more.isPresent()) {
                return more.get();
            }
            ids.clear();
            read = readWords(readingOrder, limits.scanLimit());
        }
        int fewest = read.stream().filter(WordMatches::complete).mapToInt(matches -> matches.permitIds().size())
                .min().orElse(limits.scanLimit());
        // the fewest complete word drives; when none is complete, the first one read (its first scanLimit terms)
        read.sort(Comparator.comparingInt(matches -> matches.complete() ? matches.permitIds().size()
                : Integer.MAX_VALUE)); // stable: ties keep reading order
        WordMatches driver = read.get(0);
        List<Long> driverIds = driver.permitIds().subList(0, Math.min(fewest, limits.scanLimit()));
        Set<Long> candidates = new LinkedHashSet<>(driver.complete()
                ? driverIds.stream().sorted(Comparator.reverseOrder()).toList() : driverIds);
        List<WordMatches> broader = new ArrayList<>();
        for (WordMatches other : read.subList(1, read.size())) {
            if (other.complete()) {
                candidates.retainAll(new HashSet<>(other.permitIds()));
            } else {
                broader.add(other);
            }
        }
        collectMatching(new ArrayList<>(candidates), broader, ids);
        return !driver.complete();
    }

    /** One word: its newest {@link Limits#fetchRows} permits ({@link PermitSearchService#readUntilEnoughPermits}). */
    private boolean findNewestOfOneWord(ProbedWord word, Set<Long> ids) {
        return PermitSearchService.readUntilEnoughPermits(rows -> permitIdsOfTerms(word, rows), limits.fetchRows(),
                limits.scanLimit(), ids);
    }

    /**
     * Reads the words' permit ids in this order, each at most {@code most} terms and at most one past the fewest terms
     * of a word read to its end so far; once a word was read to its end, a word whose terms can be looked up is read
     * at most {@link Limits#cheaplyProbedRead} terms.
     */
    private List<WordMatches> readWords(List<ProbedWord> readingOrder, int most) {
        List<WordMatches> read = new ArrayList<>();
        int fewest = most;
        boolean oneComplete = false;
        for (ProbedWord word : readingOrder) {
            int limit = (oneComplete && word.lookedUp() ? Math.min(fewest, limits.cheaplyProbedRead()) : fewest) + 1;
            List<Long> permitIds = permitIdsOfTerms(word, limit);
            boolean complete = permitIds.size() < limit;
            read.add(new WordMatches(permitIds, complete, word));
            if (complete) {
                fewest = Math.min(fewest, permitIds.size());
                oneComplete = true;
            }
        }
        return read;
    }

    /**
     * When every word starts more than {@link Limits#firstLook} terms and the terms of all but the first can be looked
     * up: probes the first word's permits for the others, those of its first {@link Limits#firstLook} terms, then of 4
     * times as many, up to {@link Limits#scanLimit}, until {@link Limits#fetchRows} match (then more may: true) or
     * the first word's terms end (then these are all: false). Empty when neither happened, or the other words cannot
     * be looked up: another word may start fewer terms and must drive.
     */
    private Optional<Boolean> findAmongFirstWords(List<WordMatches> read, Set<Long> ids) {
        WordMatches first = read.get(0);
        List<WordMatches> others = read.subList(1, read.size());
        if (!others.stream().allMatch(other -> other.probed().lookedUp())) {
            return Optional.empty();
        }
        Set<Long> tried = new HashSet<>();
        List<Long> firstIds = first.permitIds();
        for (int look = limits.firstLook(); ; look = Math.min(limits.scanLimit(), look * 4)) {
            if (look > limits.firstLook()) {
                firstIds = permitIdsOfTerms(first.probed(), look + 1);
            }
            List<Long> fresh = firstIds.stream().distinct().filter(tried::add).toList();
            collectMatching(fresh, others, ids);
            if (ids.size() >= limits.fetchRows()) {
                return Optional.of(true);
            }
            if (firstIds.size() <= look) {
                return Optional.of(false);
            }
            if (look >= limits.scanLimit()) {
                return Optional.empty();
            }
        }
    }

    /**
     * Adds to {@code ids}, in candidate order, the candidates that have a term starting with each of the broader
     * words, until {@link Limits#fetchRows} are collected. A first batch of candidates is probed in the database; for
     * a word probed by its term range, it estimates from how many of them matched how many probes are still needed,
     * and reads the word to its end instead (then checked in memory) when that is cheaper ({@link #READ_PER_PROBE}).
     * The rest are probed a batch at a time, each batch twice as large as the one before.
     */
    private void collectMatching(List<Long> candidates, List<WordMatches> broader, Set<Long> ids) {
        List<ProbedWord> probed = new ArrayList<>(broader.stream().map(WordMatches::probed).toList());
        List<Long> rest = candidates;
        if (!probed.isEmpty()) {
            List<Long> first = rest.subList(0, Math.min(FIRST_PROBE_BATCH, rest.size()));
            addMatching(first, probe(first, probed), ids);
            rest = rest.subList(first.size(), rest.size());
            int hits = ids.size();
            for (WordMatches word : broader) {
                long probesLeft = hits == 0 ? rest.size()
                        : Math.min(rest.size(), (long) (limits.fetchRows() - hits) * first.size() / hits);
                int worthReading = (int) Math.min(MAX_READ, READ_PER_PROBE * probesLeft);
                if (!word.probed().lookedUp() && worthReading > word.permitIds().size()
                        && ids.size() < limits.fetchRows()) {
                    List<Long> permitIds = permitIdsOfTerms(word.probed(), worthReading + 1);
                    if (permitIds.size() <= worthReading) {
                        Set<Long> all = new HashSet<>(permitIds);
                        rest = rest.stream().filter(all::contains).toList();
                        probed.remove(word.probed());
                    }
                }
            }
        }
        int batch = FIRST_PROBE_BATCH;
        for (int from = 0; from < rest.size() && ids.size() < limits.fetchRows(); from += batch, batch *= 2) {
            List<Long> slice = rest.subList(from, Math.min(from + batch, rest.size()));
            addMatching(slice, probed.isEmpty() ? Set.copyOf(slice) : probe(slice, probed), ids);
        }
    }

    /** Adds the {@code matching} ones of {@code candidates} to {@code ids}, in order, up to {@code fetchRows}. */
    private void addMatching(List<Long> candidates, Set<Long> matching, Set<Long> ids) {
        for (Long id : candidates) {
            if (matching.contains(id) && ids.size() < limits.fetchRows()) {
                ids.add(id);
            }
        }
    }

    /**
     * Those of {@code permitIds} that have a term starting with each of the {@code words}, one word after the other
     * (each word checks only the ids that matched the words before it).
     */
    private Set<Long> probe(List<Long> permitIds, List<ProbedWord> words) {
        Set<Long> matching = new HashSet<>(permitIds);
        for (ProbedWord word : words) {
            if (matching.isEmpty()) {
                break;
            }
            List<Long> left = List.copyOf(matching);
            matching = word.lookedUp() ? probeTerms(left, word.terms()) : probeTermRange(left, word.word());
        }
        return matching;
    }

    /**
     * Those of {@code permitIds} that have one of these exact terms: for each id and term one lookup of the primary
     * key {@code (term, permit_id)}, in id order, so that successive lookups mostly find their page already read.
     */
    private Set<Long> probeTerms(List<Long> permitIds, List<String> terms) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT t.permit_id"
                    + " FROM UNNEST(CAST(? AS BIGINT ARRAY)) c(id) CROSS JOIN UNNEST(CAST(? AS VARCHAR ARRAY)) w(term)"
                    + " JOIN permit_search_term t ON t.term = w.term AND t.permit_id = c.id")) {
                statement.setArray(1, connection.createArrayOf("BIGINT", permitIds.stream().sorted().toArray()));
                statement.setArray(2, connection.createArrayOf("VARCHAR", terms.toArray()));
                return readIds(statement);
            }
        });
    }

    /**
     * Those of {@code permitIds} that have a term starting with {@code word}: for each id, one lookup of the
     * (permit_id, term) index (H2's plan for this form; an {@code IN} list of ids with the term range made H2 2.5
     * scan the whole index, see docs/benchmarks.md). {@code OFFSET 0 ROWS} as in the one-query search.
     */
    private Set<Long> probeTermRange(List<Long> permitIds, String word) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT c.id"
                    + " FROM UNNEST(CAST(? AS BIGINT ARRAY)) c(id) WHERE EXISTS (SELECT 1 FROM permit_search_term t"
                    + " WHERE t.permit_id = c.id AND t.term >= ? AND t.term < ? OFFSET 0 ROWS)")) {
                statement.setArray(1, connection.createArrayOf("BIGINT", permitIds.toArray()));
                statement.setString(2, word);
                statement.setString(3, PermitSearchTerms.upperBound(word));
                return readIds(statement);
            }
        });
    }

    private static Set<Long> readIds(PreparedStatement statement) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** The word with its different terms, when it starts at most {@link Limits#maxTermsLookedUp}. */
    private ProbedWord termsStartingWith(String word) {
        Optional<List<String>> terms = session.doReturningWork(connection ->
                PermitTermReader.termsStartingWith(connection, word, limits.maxTermsLookedUp()));
        return new ProbedWord(word, terms.orElse(List.of()), terms.isPresent());
    }

    /**
     * The permit ids of the first {@code limit} stored terms starting with the word, newest first
     * ({@link PermitTermReader#newestPermitIds}).
     */
    private List<Long> permitIdsOfTerms(ProbedWord word, int limit) {
        return session.doReturningWork(connection -> PermitTermReader.newestPermitIds(connection, word.word(),
                word.lookedUp() ? Optional.of(word.terms()) : Optional.empty(), limit));
    }

    /** A word's permit ids from its first terms, newest first; {@code complete} when they are all its terms. */
    private record WordMatches(List<Long> permitIds, boolean complete, ProbedWord probed) {
    }

    /**
     * A typed word with the different terms it starts, when they were {@code lookedUp} (not when it starts more than
     * {@link Limits#maxTermsLookedUp}).
     */
    private record ProbedWord(String word, List<String> terms, boolean lookedUp) {
    }
}
