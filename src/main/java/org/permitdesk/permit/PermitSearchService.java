package org.permitdesk.permit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 */
public final class PermitSearchService {

    /** Most permits shown for one search; the rest are reached by typing more. */
    public static final int MAX_RESULTS = 200;
    /** A word matching at least this many terms is "broad"; the least broad word drives the search. */
    private static final int BROAD = 1_000;
    /** How many terms of the driving word are examined at most, so a vague query stays fast. */
    private static final int SCAN_LIMIT = 20_000;

    private final Database database;

    public PermitSearchService(Database database) {
        this.database = database;
    }

    public PermitSearchResult search(String typed) {
        List<String> words = PermitSearchTerms.queryWords(typed);
        if (words.isEmpty()) {
            return PermitSearchResult.empty(typed);
        }
        return database.fromTransaction(session -> {
            List<String> ordered = new ArrayList<>(words);
            boolean driverCut = false;
            if (words.size() > 1) {
                Map<String, Integer> counts = new HashMap<>();
                words.forEach(word -> counts.put(word, countTerms(session, word)));
                ordered.sort(Comparator.comparingInt((String word) -> Math.min(counts.get(word), BROAD))
                        .thenComparing(Comparator.comparingInt(String::length).reversed()));
                driverCut = counts.get(ordered.get(0)) >= SCAN_LIMIT;
            }
            Set<Long> ids = new LinkedHashSet<>();
            boolean truncated = findIds(session, ordered, ids) || driverCut;
            List<Long> shown = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_RESULTS));
            List<PermitSummary> permits = loadSummaries(session, shown);
            return new PermitSearchResult(typed, permits, truncated || ids.size() > MAX_RESULTS);
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

    /** Collects matching permit ids, driving word first; true when it stopped before collecting them all. */
    private boolean findIds(Session session, List<String> words, Set<Long> ids) {
        StringBuilder sql = new StringBuilder("SELECT d.permit_id FROM (SELECT permit_id FROM permit_search_term"
                + " WHERE term >= :lo0 AND term < :hi0 FETCH FIRST " + SCAN_LIMIT + " ROWS ONLY) d");
        for (int i = 1; i < words.size(); i++) {
            sql.append(i == 1 ? " WHERE" : " AND")
                    .append(" EXISTS (SELECT 1 FROM permit_search_term t").append(i)
                    .append(" WHERE t").append(i).append(".permit_id = d.permit_id AND t").append(i)
                    .append(".term >= :lo").append(i).append(" AND t").append(i).append(".term < :hi").append(i)
                    .append(')');
        }
        var query = session.createNativeQuery(sql.toString(), Long.class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("lo" + i, words.get(i));
            query.setParameter("hi" + i, PermitSearchTerms.upperBound(words.get(i)));
        }
        List<Long> rows = query.setMaxResults(MAX_RESULTS * 3).getResultList();
        ids.addAll(rows);
        return rows.size() == MAX_RESULTS * 3;
    }

    /** How many stored terms start with {@code word}, counting no further than {@link #SCAN_LIMIT}. */
    private int countTerms(Session session, String word) {
        Long count = session.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM permit_search_term"
                        + " WHERE term >= :lo AND term < :hi FETCH FIRST " + SCAN_LIMIT + " ROWS ONLY) c", Long.class)
                .setParameter("lo", word)
                .setParameter("hi", PermitSearchTerms.upperBound(word))
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
        permits.sort(Comparator.comparing(PermitSummary::appliedDate, Comparator.reverseOrder())
                .thenComparing(PermitSummary::number));
        return permits;
    }
}
