package org.permitdesk.permit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Multi-word search on H2, which reads a derived table, or a range scan filtered by EXISTS, in full before
 * returning its first row: the driving word's terms are read in batches of {@link #BATCH} (by term and permit
 * id, from the index), the other words are checked for each batch's permits, and reading stops as soon as
 * more than enough permits match, the driving word's terms run out, or, for a capped search, the scan limit
 * is reached. "Sandra Torres" then reads about 2,000 terms instead of 20,000.
 */
final class BatchedTermScan {

    static final int BATCH = 1_000;

    private BatchedTermScan() {
    }

    /** Collects matching permit ids in the driving word's order; true when more may match than were collected. */
    static boolean findIds(Session session, List<String> words, boolean capped, Set<Long> ids, int enough,
                           int scanLimit) {
        String fromTerm = words.get(0);
        long afterId = Long.MIN_VALUE;
        int scanned = 0;
        while (true) {
            List<Object[]> rows = driverBatch(session, words.get(0), fromTerm, afterId);
            scanned += rows.size();
            Set<Long> candidates = new LinkedHashSet<>();
            rows.forEach(row -> candidates.add(((Number) row[1]).longValue()));
            if (!candidates.isEmpty()) {
                Set<Long> matching = new LinkedHashSet<>(matching(session, words, candidates));
                candidates.stream().filter(matching::contains).forEach(ids::add);
            }
            if (ids.size() > enough) {
                return true;
            }
            if (rows.size() < BATCH) {
                return false;
            }
            if (capped && scanned >= scanLimit) {
                return true;
            }
            Object[] last = rows.get(rows.size() - 1);
            fromTerm = (String) last[0];
            afterId = ((Number) last[1]).longValue();
        }
    }

    private static List<Object[]> driverBatch(Session session, String word, String fromTerm, long afterId) {
        return session.createNativeQuery("SELECT term, permit_id FROM permit_search_term"
                        + " WHERE term >= :from AND term < :hi AND (term > :from OR permit_id > :after)"
                        + " ORDER BY term, permit_id FETCH FIRST " + BATCH + " ROWS ONLY", Object[].class)
                .setParameter("from", fromTerm)
                .setParameter("hi", PermitSearchTerms.upperBound(word))
                .setParameter("after", afterId)
                .getResultList();
    }

    /** Which of the candidates have a term starting with every other word. */
    private static List<Long> matching(Session session, List<String> words, Set<Long> candidates) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT t1.permit_id FROM permit_search_term t1"
                + " WHERE t1.permit_id IN (:ids) AND t1.term >= :lo1 AND t1.term < :hi1");
        for (int i = 2; i < words.size(); i++) {
            String t = "t" + i;
            sql.append(" AND EXISTS (SELECT 1 FROM permit_search_term ").append(t).append(" WHERE ").append(t)
                    .append(".permit_id = t1.permit_id AND ").append(t).append(".term >= :lo").append(i)
                    .append(" AND ").append(t).append(".term < :hi").append(i).append(')');
        }
        var query = session.createNativeQuery(sql.toString(), Long.class).setParameterList("ids", new ArrayList<>(candidates));
        for (int i = 1; i < words.size(); i++) {
            query.setParameter("lo" + i, words.get(i));
            query.setParameter("hi" + i, PermitSearchTerms.upperBound(words.get(i)));
        }
        return query.getResultList();
    }
}
