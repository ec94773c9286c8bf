package org.permitdesk.permit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.permitdesk.platform.db.Database;

/**
 * Finds permits as people type (number prefix, any address word, parcel, owner or contractor name)
 * and loads one permit for reading. Every typed word must match; each match is an index range scan
 * over {@code permit_search_term}, so the work per keystroke stays small at a million permits.
 * The rarest typed word drives the search and the other words are checked permit by permit (on H2 mostly
 * in memory, see {@link PermitIdsInMemory}; src/docs/adr/0001-permit-search-terms-table.md, "Choosing the
 * driving word"). The driving word's permits are read newest first, so that when more match than are listed,
 * the list has the latest ones ({@link PermitTermReader}).
 */
public final class PermitSearchService {

    /** Most permits shown for one search; the rest are reached by typing more. */
    public static final int MAX_RESULTS = 200;
    /**
     * When every typed word starts more than this many terms, only this many terms of the driving word are
     * examined, so a vague query stays fast (and says "type more"). Also the most a word is ever counted to.
     */
    static final int SCAN_LIMIT = 20_000;
    /** A driving word starting at most this many different terms is read term by term, merged newest first. */
    static final int MERGED_TERMS = 16;
    /** Matching rows fetched at first: one more than is shown tells that there are more. */
    static final int FETCH_ROWS = MAX_RESULTS + 1;
    /** Words with a digit (house, permit or parcel numbers) are usually the rarest, then the longest words. */
    static final Comparator<String> LIKELY_RAREST_FIRST = Comparator
            .comparing((String word) -> word.chars().noneMatch(Character::isDigit))
            .thenComparing(Comparator.comparingInt(String::length).reversed());

    private final Database database;
    /** On H2, words are matched in memory ({@link PermitIdsInMemory}): its probes cost 10x PostgreSQL's. */
    private final boolean matchWordsInMemory;

    public PermitSearchService(Database database) {
        this.database = database;
        this.matchWordsInMemory = database.settings().isH2();
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
            boolean cut;
            if (matchWordsInMemory) {
                cut = new PermitIdsInMemory(session, PermitIdsInMemory.Limits.DEFAULT).findIds(words, ids);
            } else {
                DrivingOrder order = words.size() > 1
                        ? chooseDrivingWord(session, words) : new DrivingOrder(words, false);
                cut = findIds(session, order, ids) || order.capped();
            }
            List<Long> shown = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_RESULTS));
            List<PermitSummary> permits = loadSummaries(session, shown);
            return new PermitSearchResult(typed, permits, cut || ids.size() > MAX_RESULTS);
        });
    }

    /**
     * Runs the query that loads the shown permits once, for no permit: the first HQL query of a JVM builds
     * Hibernate's HQL parser and the query's plan (about 0.1–0.2 s with the quick compiler), which the first search
     * would otherwise wait for. The desktop calls it in the background after the sign-in.
     */
    public void prepare() {
        database.inTransaction(session -> loadSummaries(session, List.of(-1L)));
    }

    /** The permit with its contacts and status history, as plain values (read in one transaction). */
    public Optional<PermitDetails> open(long permitId) {
        return database.fromTransaction(session -> {
            Optional<Permit> permit = session.createSelectionQuery("""
                            from Permit p join fetch p.type left join fetch p.subtype join fetch p.site
                            where p.id = :id""", Permit.class)
                    .setParameter("id", permitId)
                    .uniqueResultOptional();
            return permit.map(found -> PermitDetails.of(found,
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
     * The typed words in the order they are searched: the word starting the fewest stored terms first, so
     * that a house number or a rare surname, not "desert" or "st", decides how much is read. Words are
     * counted most-likely-rarest first, and each count stops one past the smallest count so far, so counting
     * a broad word after a narrow one costs little. {@code capped} when every word starts more than
     * {@link #SCAN_LIMIT} terms: then only that many terms of the driving word are read.
     */
    private static DrivingOrder chooseDrivingWord(Session session, List<String> words) {
        List<String> countingOrder = new ArrayList<>(words);
        countingOrder.sort(LIKELY_RAREST_FIRST);
        Map<String, Integer> counts = new HashMap<>();
        int smallest = Integer.MAX_VALUE;
        for (String word : countingOrder) {
            int count = countTerms(session, word, Math.min(smallest, SCAN_LIMIT) + 1);
            counts.put(word, count);
            smallest = Math.min(smallest, count);
            if (smallest == 0) {
                break; // this word matches nothing, so neither does the search: it drives, and reads nothing
            }
        }
        List<String> ordered = new ArrayList<>(words);
        ordered.sort(Comparator.comparingInt((String word) -> counts.getOrDefault(word, Integer.MAX_VALUE))
                .thenComparing(LIKELY_RAREST_FIRST));
        return new DrivingOrder(ordered, smallest > SCAN_LIMIT);
    }

    /** Collects the ids of permits matching every word; true when more may match than were collected. */
    private static boolean findIds(Session session, DrivingOrder order, Set<Long> ids) {
        NativeQuery<Long> query = idQuery(session, order);
        return readUntilEnoughPermits(rows -> query.setMaxResults(rows).getResultList(), FETCH_ROWS, SCAN_LIMIT, ids);
    }

    /**
     * Collects into {@code ids} the first {@code fetchRows} different permits of the rows {@code readRows} gives;
     * true when more may match. Reads {@code fetchRows} rows first; a word that starts several terms of one permit
     * (such as "de" for Desert and Del) gives that permit several rows, so when the rows ran out before that many
     * different permits were seen, it reads again, four times as many, while that stays within {@code scanLimit}.
     */
    static boolean readUntilEnoughPermits(IntFunction<List<Long>> readRows, int fetchRows, int scanLimit,
                                          Set<Long> ids) {
        for (int rows = fetchRows; ; rows *= 4) {
            List<Long> found = readRows.apply(rows);
            ids.clear();
            for (int i = 0; i < found.size() && ids.size() < fetchRows; i++) {
                ids.add(found.get(i));
            }
            if (found.size() < rows) {
                return false;
            }
            if (ids.size() >= fetchRows || rows * 4 > scanLimit) {
                return true;
            }
        }
    }

    /**
     * The query for the ids of permits with a term starting with each word, newest first among the driving word's
     * first {@link #SCAN_LIMIT} rows (all of them unless the order is capped), which a derived table reads: when the
     * driving word starts at most {@link #MERGED_TERMS} different terms, each term's rows backwards from the newest
     * permit, merged by permit id (PostgreSQL's Merge Append, which stops as soon as enough rows match; the limit in
     * each branch makes sure of that plan: the planner's row estimate for a term can be 40x too low, and it then read
     * and sorted every row), otherwise its terms from the last one back ({@link PermitTermReader#newestPermitIds}).
     * {@code OFFSET 0 ROWS} keeps each EXISTS a per-row probe of the (permit_id, term) index: without it PostgreSQL
     * turns the EXISTS into a join planned from its row estimate for the prefix range, which can be off by 10,000x
     * ("linda" estimated at 1 row, 36,924 real) and took 10-28 s for "linda whitfield".
     */
    private static NativeQuery<Long> idQuery(Session session, DrivingOrder order) {
        List<String> words = order.words();
        Optional<List<String>> terms = session.doReturningWork(connection ->
                PermitTermReader.termsStartingWith(connection, words.get(0), MERGED_TERMS));
        String newestFirst = terms.isPresent() ? "permit_id DESC" : "term DESC, permit_id DESC";
        String firstRows = " ORDER BY " + newestFirst + " FETCH FIRST " + SCAN_LIMIT + " ROWS ONLY";
        StringBuilder sql = new StringBuilder("SELECT d.permit_id FROM (");
        if (terms.isEmpty()) {
            sql.append("SELECT term, permit_id FROM permit_search_term WHERE term >= :lo0 AND term < :hi0");
        } else if (terms.get().isEmpty()) {
            sql.append("SELECT permit_id FROM permit_search_term WHERE 1 = 0");
        } else if (terms.get().size() == 1) {
            sql.append("SELECT permit_id FROM permit_search_term WHERE term = :term0");
        } else {
            for (int i = 0; i < terms.get().size(); i++) {
                sql.append(i == 0 ? "(" : " UNION ALL (").append("SELECT permit_id FROM permit_search_term")
                        .append(" WHERE term = :term").append(i).append(firstRows).append(")");
            }
        }
        sql.append(firstRows).append(") d");
        for (int i = 1; i < words.size(); i++) {
            String t = "t" + i;
            sql.append(i == 1 ? " WHERE " : " AND ").append("EXISTS (SELECT 1 FROM permit_search_term ").append(t)
                    .append(" WHERE ").append(t).append(".permit_id = d.permit_id AND ").append(t)
                    .append(".term >= :lo").append(i).append(" AND ").append(t).append(".term < :hi").append(i)
                    .append(" OFFSET 0 ROWS)");
        }
        sql.append(" ORDER BY d.").append(newestFirst.replace(", ", ", d."));
        NativeQuery<Long> query = session.createNativeQuery(sql.toString(), Long.class);
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 || terms.isEmpty()) {
                query.setParameter("lo" + i, words.get(i));
                query.setParameter("hi" + i, PermitSearchTerms.upperBound(words.get(i)));
            }
        }
        for (int i = 0; i < terms.map(List::size).orElse(0); i++) {
            query.setParameter("term" + i, terms.get().get(i));
        }
        return query;
    }

    /** How many stored terms start with {@code word}, counting no further than {@code limit}. */
    private static int countTerms(Session session, String word, int limit) {
        Long count = session.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM permit_search_term"
                        + " WHERE term >= :lo AND term < :hi FETCH FIRST :limit ROWS ONLY) c", Long.class)
                .setParameter("lo", word)
                .setParameter("hi", PermitSearchTerms.upperBound(word))
                .setParameter("limit", limit)
                .getSingleResult();
        return count.intValue();
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

    /** Typed words, driving word first; {@code capped} when the driving word's range is read only in part. */
    private record DrivingOrder(List<String> words, boolean capped) {
    }
}
