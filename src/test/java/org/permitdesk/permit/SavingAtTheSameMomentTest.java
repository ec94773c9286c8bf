package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.db.ChangedMeanwhileException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** Two people saving the same record at the same moment: the second is told so in words, never Hibernate's. */
class SavingAtTheSameMomentTest {

    @DatabaseTest
    void aRecordChangedBetweenReadingAndWritingIsRefusedInWordsAndNothingIsSaved(TestDb db) {
        Database database = db.database();
        long id = TestPermits.create(database, "SM" + UUID.randomUUID().toString().substring(0, 8), "1 Same Moment Rd",
                "123-456-790", "Owner Name", null);

        ChangedMeanwhileException refused = assertThrows(ChangedMeanwhileException.class, () ->
                database.inTransaction(session -> {
                    Permit mine = session.find(Permit.class, id);
                    database.inTransaction(other -> other.find(Permit.class, id).setDescription("Theirs"));
                    mine.setDescription("Mine");
                }));

        assertTrue(refused.getMessage().startsWith("Someone else saved this record at the same moment"),
                refused.getMessage());
        assertEquals("Theirs", database.fromTransaction(s -> s.find(Permit.class, id).getDescription()));
    }

    @DatabaseTest
    void twoClerksSavingThePermitAtOnceOneSavesTheOtherIsToldWhoChangedIt(TestDb db) throws Exception {
        Database database = db.database();
        long id = TestPermits.create(database, "SM" + UUID.randomUUID().toString().substring(0, 8), "2 Same Moment Rd",
                "123-456-791", "Owner Name", null);
        PermitEditService edits = new PermitEditService(database);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> refusals = new ArrayList<>();
        try {
            for (int round = 0; round < 15; round++) {
                String said = " in round " + round; // each save changes something: an unchanged save writes nothing
                long version = database.fromTransaction(s -> s.find(Permit.class, id).getVersion());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> saves = new ArrayList<>();
                for (String clerk : List.of("carmen", "dana")) {
                    saves.add(pool.submit(() -> {
                        together.await();
                        try {
                            edits.saveDetails(id, version, new PermitEditService.Details(new BigDecimal("1000.00"),
                                    "Work by " + clerk + said, null), TestUsers.clerk(clerk));
                            return null;
                        } catch (RuntimeException e) {
                            return UserMessages.describe(e) + (e instanceof UserFacingException ? "" : " [raw]");
                        }
                    }));
                }
                int saved = 0;
                for (Future<String> save : saves) {
                    String refusal = save.get();
                    if (refusal == null) {
                        saved++;
                    } else {
                        refusals.add(refusal);
                    }
                }
                assertEquals(1, saved, "exactly one of the two saves each round");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(15, refusals.size());
        for (String refusal : refusals) {
            assertTrue(refusal.matches("Permit SM\\S+ was changed by (carmen|dana)( at .+)? while you were editing\\."
                    + " Your changes are still in the form: .*"), refusal);
        }
    }
}
