package org.permitdesk.permit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.permitdesk.platform.db.Database;

/**
 * Finds permits as people type (number prefix, any address word, parcel, owner or contractor name)
 * and loads one permit for reading. Every typed word must match; each match is an index range scan
 * over {@code permit_search_term}, so the work per keystroke stays small at a million permits.
 * The rarest typed word drives the search and the other words are checked permit by permit
 * (see src/docs/adr/0001-permit-search-terms-table.md, "Choosing the driving word").
 */
public final class PermitSearchService {

    /** Most permits shown for one search; the rest are reached by typing more. */
    public static final int MAX_RESULTS = 200;
    /**
     * When every typed word starts more than this many terms, only this many terms of the driving word are
     * examined, so a vague query stays fast (and says "type more"). Also the most a word is ever counted to.
     */
    private static final int SCAN_LIMIT = 20_000;
    /** Matching rows fetched at first: one more than is shown tells that there are more. */
    private static final int FETCH_ROWS = MAX_RESULTS + 1;
    /** Candidates probed in the first batch for the words broader than the driving word. */
    private static final int FIRST_PROBE_BATCH = 64;
    /**
     * Reading a word's terms in index order costs about a hundredth of probing one candidate permit for it (on H2,
     * a probe mostly misses the page cache and decodes a whole index page), so a word is read to its end when it
     * starts fewer than this many terms per candidate, up to {@link #MAX_READ} terms.
     */
    private static final int READ_PER_PROBE = 20;
    private static final int MAX_READ = 150_000;
    /** Words with a digit (house, permit or parcel numbers) are usually the rarest, then the longest words. */
    private static final Comparator<String> LIKELY_RAREST_FIRST = Comparator
            .comparing((String word) -> word.chars().noneMatch(Character::isDigit))
            .thenComparing(Comparator.comparingInt(String::length).reversed());

    private final Database database;

    public PermitSearchService(Database database) {
        this.database = database;
    }

    /**
     * The permits that match every typed word (at most {@link #MAX_RESULTS}, newest first), and whether
     * more match than are shown.
     */
    public PermitSearchResult search(String typed) {
        List<String> words = PermitSearchTerms.queryWords(typed);
        if (words.isEmpty()) {
            return PermitSearchResult.empty(typed);
        }
        return database.fromTransaction(session -> {
            Set<Long> ids = new LinkedHashSet<>();
            boolean cut = words.size() == 1 ? findIds(session, words.get(0), ids) : findIdsMatchingAll(session, words, ids);
            List<Long> shown = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_RESULTS));
            List<PermitSummary> permits = loadSummaries(session, shown);
            return new PermitSearchResult(typed, permits, cut || ids.size() > MAX_RESULTS);
        });
    }

    public Optional<PermitDetails> open(long permitId) {
        return database.fromTransaction(session -> {
            Optional<Permit> permit = session.createSelectionQuery("""
                            from Permit p join fetch p.type left join fetch p.subtype join fetch p.site
                            where p.id = :id""", Permit.class)
                    .setParameter("id", permitId)
                    .uniqueResultOptional();
            return permit.map(found -> new PermitDetails(found,
                    session.createSelectionQuery("from PermitContact c where c.permit.id = :id order by c.id",
                                    PermitContact.class)
                            .setParameter("id", permitId).getResultStream()
                            .sorted(Comparator.comparing(PermitContact::getRole))
                            .toList(),
                    session.createSelectionQuery(
                                    "from PermitStatusChange h where h.permit.id = :id order by h.changedOn, h.id",
                                    PermitStatusChange.class)
                            .setParameter("id", permitId).getResultList()));
        });
    }

    /**
     * Collects the ids of permits with a term starting with {@code word}, in term order; true when more may match
     * than were collected. Fetches {@link #FETCH_ROWS} rows first; a word that starts several terms of one permit
     * (such as "de" for Desert and Del) gives that permit several rows, so when the rows ran out before 201
     * different permits were seen, it fetches again, four times as many, while that stays within
     * {@link #SCAN_LIMIT} rows.
     */
    private static boolean findIds(Session session, String word, Set<Long> ids) {
        for (int rows = FETCH_ROWS; ; rows *= 4) {
            List<Long> found = permitIdsOfTerms(session, word, rows);
            ids.clear();
            ids.addAll(found);
            if (found.size() < rows) {
                return false;
            }
            if (ids.size() > MAX_RESULTS || rows * 4 > SCAN_LIMIT) {
                return true;
            }
        }
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
    private static boolean findIdsMatchingAll(Session session, List<String> words, Set<Long> ids) {
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

    /** Adds the {@code matching} ones of {@code candidates} to {@code ids}, in candidate order, up to {@link #FETCH_ROWS}. */
    private static void addMatching(List<Long> candidates, Set<Long> matching, Set<Long> ids) {
        for (Long id : candidates) {
            if (matching.contains(id) && ids.size() < FETCH_ROWS) {
                ids.add(id);
            }
        }
    }

    /**
     * Those of {@code permitIds} that have a term starting with each of {@code words}: for each id, one probe of the
     * (permit_id, term) index per word. {@code OFFSET 0 ROWS} keeps each EXISTS a per-row probe on PostgreSQL,
     * which would otherwise plan it as a join from its (for prefix ranges badly wrong) row estimate.
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

    private static List<PermitSummary> loadSummaries(Session session, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PermitSummary> permits = new ArrayList<>(session.createSelectionQuery("""
                        select new org.permitdesk.permit.PermitSummary(
                            p.id, p.number, t.name, p.status, s.addressLine, p.appliedDate, p.issuedDate)
                        from Permit p join p.type t join p.site s
                        where p.id in :ids""", PermitSummary.class)
                .setParameter("ids", ids)
                .getResultList());
        Map<Long, String> conditions = activeConditions(session, ids);
        permits.replaceAll(p -> conditions.containsKey(p.id()) ? p.withConditions(conditions.get(p.id())) : p);
        permits.sort(Comparator.comparing(PermitSummary::appliedDate, Comparator.reverseOrder())
                .thenComparing(PermitSummary::number));
        return permits;
    }

    /** The active holds and notices of these permits, as "Hold", "Notice" or "Hold, Notice" by permit id. */
    private static Map<Long, String> activeConditions(Session session, List<Long> ids) {
        Map<Long, java.util.SortedSet<String>> kinds = new HashMap<>();
        session.createNativeQuery("SELECT permit_id, kind FROM permit_condition WHERE permit_id IN (:ids)"
                        + " AND released_at IS NULL", Object[].class)
                .setParameterList("ids", ids).getResultList()
                .forEach(row -> kinds.computeIfAbsent(((Number) row[0]).longValue(), id -> new java.util.TreeSet<>())
                        .add(row[1].toString().charAt(0) + row[1].toString().substring(1).toLowerCase()));
        Map<Long, String> text = new HashMap<>();
        kinds.forEach((id, set) -> text.put(id, String.join(", ", set)));
        return text;
    }

    /** The permit ids of a word's first terms, in term order; {@code complete} when they are all its terms. */
    private record WordMatches(String word, List<Long> permitIds, boolean complete) {
    }
}

