package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.permitdesk.permit.PermitIdsInMemory.Limits;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.TestDb;

/**
 * The several-word search of the embedded database ({@link PermitIdsInMemory}) takes different paths depending on how
 * many terms each word starts. With small limits, 92 permits take each path; every path must find exactly the
 * permits that have all the typed words (all of them when few match; only matching ones, as many as asked for and
 * "more", when many do). On the embedded database only, the one {@link PermitSearchService} uses it on (PostgreSQL
 * keeps the one-query search, which {@code PermitSearchServiceTest} runs on both).
 */
class PermitIdsInMemoryTest {

    /** Small limits: first looks of 4 terms, words starting more than 2 different terms probed by their range. */
    private static final List<Limits> LIMITS = List.of(
            new Limits(1_000, 4, 4, 2, 201),
            new Limits(1_000, 4, 4, 2, 5),
            new Limits(1_000, 4, 4, 16, 5),
            new Limits(1_000, 2_000, 2_000, 16, 201),
            new Limits(30, 4, 4, 16, 201));

    private static final List<String> QUERIES = List.of(
            "sandra torres", "Torres Sandra", "sandra torres ave", "san torres", "torres san", "palo sandra",
            "sandra palo ln", "maria palo", "1 palo", "12 palo", "sa to", "doe pat", "sandra ortiz torres",
            "ortiz maria", "nobody torres", "sandra nobody", "santa rosa sandra", "sanchez san jacinto",
            "sandra", "palo", "sa", "n2611", "4000", "nobody");

    @Test
    void everyWayOfCheckingTheWordsFindsThePermitsWithAllOfThem() {
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            checkEveryWay(db.database());
        }
    }

    private static void checkEveryWay(Database database) {
        for (int i = 0; i < 40; i++) {
            TestPermits.create(database, String.format("N2611-%03d", i), (10 + i) + " Palo Ln", "400-000-" + i,
                    "Sandra Ortiz", i % 2 == 0 ? "Desert Builders" : null);
            TestPermits.create(database, String.format("N2611-%03d", 100 + i), (110 + i) + " Palo Ln",
                    "400-001-" + i, "Maria Torres", null);
        }
        for (int i = 0; i < 8; i++) {
            TestPermits.create(database, String.format("N2611-%03d", 200 + i), (60 + i) + " Santa Rosa Rd",
                    "400-002-" + i, "Sandra Torres", "Torres Roofing");
        }
        TestPermits.create(database, "N2611-300", "9 Torres Ave", "400-003-000", "Sandra Lee", null);
        for (int i = 0; i < 3; i++) {
            TestPermits.create(database, String.format("N2611-%03d", 400 + i), (70 + i) + " San Jacinto Ave",
                    "400-004-" + i, "Sam Sanchez", null);
        }

        for (String typed : QUERIES) {
            List<String> words = PermitSearchTerms.queryWords(typed);
            Set<Long> matching = new HashSet<>(permitsWithTerm(database, words.get(0)));
            words.forEach(word -> matching.retainAll(permitsWithTerm(database, word)));
            long fewestTerms = words.stream().mapToLong(word -> termCount(database, word)).min().orElseThrow();
            long mostDifferentTerms = words.stream().mapToLong(word -> differentTerms(database, word)).max()
                    .orElseThrow();
            database.inTransaction(session -> {
                for (Limits limits : LIMITS) {
                    // one word is read at least fetchRows terms; several words at most scanLimit terms each
                    boolean everyWordBroad = fewestTerms > (words.size() == 1
                            ? Math.max(limits.fetchRows(), limits.scanLimit()) : limits.scanLimit());
                    Set<Long> found = new LinkedHashSet<>();
                    boolean more = new PermitIdsInMemory(session, limits).findIds(words, found);

                    String what = "\"" + typed + "\" with " + limits;
                    assertTrue(matching.containsAll(found), what + ": only permits with every word");
                    assertTrue(found.size() <= limits.fetchRows(), what);
                    if (matching.size() < limits.fetchRows() && !everyWordBroad) {
                        assertEquals(matching, found, what + ": every permit with all the words");
                        assertFalse(more, what + ": these are all");
                    } else if (!everyWordBroad) {
                        assertEquals(limits.fetchRows(), found.size(), what + ": as many as asked for (so: more)");
                        if (mostDifferentTerms <= limits.maxTermsLookedUp()) { // each word's terms looked up
                            assertEquals(matching.stream().sorted(Comparator.reverseOrder()).limit(limits.fetchRows())
                                    .toList(), found.stream().sorted(Comparator.reverseOrder()).toList(),
                                    what + ": the newest of them");
                        }
                    } else {
                        assertTrue(more || found.size() == limits.fetchRows(),
                                what + ": only the first terms were read, so there may be more");
                    }
                }
            });
        }
        assertEquals(8 + 1, new PermitSearchService(database).search("sandra torres").permits().size(),
                "the eight Sandra Torres permits and Sandra Lee's on Torres Ave");
    }

    private static List<Long> permitsWithTerm(Database database, String word) {
        return database.fromTransaction(session -> session.createNativeQuery("SELECT DISTINCT permit_id"
                        + " FROM permit_search_term WHERE term >= :lo AND term < :hi", Long.class)
                .setParameter("lo", word).setParameter("hi", PermitSearchTerms.upperBound(word)).getResultList());
    }

    private static long differentTerms(Database database, String word) {
        return database.fromTransaction(session -> session.createNativeQuery("SELECT COUNT(DISTINCT term)"
                        + " FROM permit_search_term WHERE term >= :lo AND term < :hi", Long.class)
                .setParameter("lo", word).setParameter("hi", PermitSearchTerms.upperBound(word)).getSingleResult());
    }

    private static long termCount(Database database, String word) {
        return database.fromTransaction(session -> session.createNativeQuery(
                        "SELECT COUNT(*) FROM permit_search_term WHERE term >= :lo AND term < :hi", Long.class)
                .setParameter("lo", word).setParameter("hi", PermitSearchTerms.upperBound(word)).getSingleResult());
    }
}
