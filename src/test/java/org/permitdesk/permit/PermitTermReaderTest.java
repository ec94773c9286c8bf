package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/**
 * Reading a word's permits newest first, in chunks: whatever the limit, exactly the entries the database would list
 * in that order — none skipped, none read twice (the search's tests see only the permits, not how often each came).
 */
class PermitTermReaderTest {

    private static final List<String> TERMS = List.of("zqa", "zqab", "zqac");

    @DatabaseTest
    void readsExactlyTheNewestEntriesWhateverTheLimit(TestDb db) {
        Database database = db.database();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            ids.add(TestPermits.create(database, String.format("T2611-%03d", i), (10 + i) + " Elm St",
                    "500-000-" + i, "Ann Lee", null));
        }
        database.inTransaction(session -> {
            for (int i = 0; i < ids.size(); i++) {
                addTerm(session, "zqa", ids.get(i)); // 70 entries: more than one chunk of 64
                if (i % 3 == 0) {
                    addTerm(session, "zqab", ids.get(i)); // 24, on permits that also have "zqa"
                }
                if (i >= 65) {
                    addTerm(session, "zqac", ids.get(i)); // the newest 5
                }
            }
        });
        int total = 70 + 24 + 5;
        database.inTransaction(session -> {
            for (int limit : List.of(1, 2, 63, 64, 65, 66, 128, 129, total - 1, total, total + 1, 500)) {
                List<Long> merged = session.doReturningWork(connection ->
                        PermitTermReader.newestPermitIds(connection, "zq", Optional.of(TERMS), limit));
                assertEquals(expected(session, "permit_id DESC", limit), merged, "terms merged, limit " + limit);
                List<Long> lastTermsFirst = session.doReturningWork(connection ->
                        PermitTermReader.newestPermitIds(connection, "zq", Optional.empty(), limit));
                assertEquals(expected(session, "term DESC, permit_id DESC", limit), lastTermsFirst,
                        "from the last term back, limit " + limit);
            }
            assertEquals(Optional.of(TERMS), session.doReturningWork(connection ->
                    PermitTermReader.termsStartingWith(connection, "zq", 3)));
            assertEquals(Optional.empty(), session.doReturningWork(connection ->
                    PermitTermReader.termsStartingWith(connection, "zq", 2)), "more than 2 different terms");
            assertEquals(Optional.of(List.of()), session.doReturningWork(connection ->
                    PermitTermReader.termsStartingWith(connection, "zqz", 16)));
        });
    }

    private static void addTerm(org.hibernate.Session session, String term, long permitId) {
        session.createNativeMutationQuery("INSERT INTO permit_search_term (term, permit_id) VALUES (:term, :id)")
                .setParameter("term", term).setParameter("id", permitId).executeUpdate();
    }

    private static List<Long> expected(org.hibernate.Session session, String order, int limit) {
        return session.createNativeQuery("SELECT permit_id FROM permit_search_term WHERE term >= 'zq' AND term < 'zr'"
                        + " ORDER BY " + order, Long.class)
                .setMaxResults(limit).getResultList();
    }
}
