package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.Services;
import org.permitdesk.testing.TestDb;

/** The batched multi-word search used on H2 finds what the single query finds, and stops early. */
class BatchedTermScanTest {

    private static TestDb db;
    private static List<Long> permitIds;

    @BeforeAll
    static void fill() {
        db = TestDb.create(TestDb.Kind.H2);
        try (Services services = Services.open(db.settings(), Clock.systemUTC())) {
            services.demoData().addPermits(2_500, 3L, done -> { });
        }
        permitIds = db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT id FROM permit ORDER BY id", Long.class).getResultList());
        db.database().inTransaction(s -> {
            s.createNativeMutationQuery("INSERT INTO permit_search_term (term, permit_id) SELECT 'zzbroad', id FROM permit")
                    .executeUpdate();
            for (Long id : List.of(permitIds.get(5), permitIds.get(1_700), permitIds.get(2_400))) {
                s.createNativeMutationQuery("INSERT INTO permit_search_term (term, permit_id) VALUES ('zzrare', :id)")
                        .setParameter("id", id).executeUpdate();
            }
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static Set<Long> find(boolean capped, int scanLimit, boolean[] cut) {
        return db.database().fromTransaction(session -> {
            Set<Long> ids = new LinkedHashSet<>();
            cut[0] = BatchedTermScan.findIds(session, List.of("zzbroad", "zzrare"), capped, ids, 200, scanLimit);
            return ids;
        });
    }

    @Test
    void aRareSecondWordIsFoundAcrossAllBatchesOfTheBroadFirstWord() {
        boolean[] cut = new boolean[1];
        Set<Long> found = find(false, 20_000, cut);

        assertEquals(Set.of(permitIds.get(5), permitIds.get(1_700), permitIds.get(2_400)), found);
        assertFalse(cut[0]);
    }

    @Test
    void aCappedSearchStopsAtTheScanLimitAndSaysMoreMayMatch() {
        boolean[] cut = new boolean[1];
        Set<Long> found = find(true, 1_000, cut);

        assertEquals(Set.of(permitIds.get(5)), found, "only the first 1,000 terms of the broad word were read");
        assertTrue(cut[0]);
    }

    @Test
    void theServiceFindsTheSameOnH2() {
        PermitSearchResult result = new PermitSearchService(db.database()).search("zzbroad zzrare");
        assertEquals(3, result.permits().size());
        assertFalse(result.more());
    }
}
