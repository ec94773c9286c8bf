package org.permitdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.permitdesk.app.Entities;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/**
 * Several clients starting at the same moment on a new, empty database (issue 17): every one of them opens it.
 * The write every start may do — remembering that the mapping was checked ({@code schema_validated}) — must not
 * collide with the same write of another client.
 */
class ConcurrentFirstStartTest {

    private static final int CLIENTS = 4;
    private static final int ROUNDS = 3;

    @DatabaseTest
    void fourClientsStartingAtOnceOnAnEmptyDatabaseAllOpenIt(TestDb kind) throws Exception {
        // The shared PostgreSQL database is where clients start together. On H2 (one user's embedded database) two
        // first migrations at the same instant can still collide inside Flyway (seen 1 in ~10 runs: "Table
        // APP_SETTING already exists"): not covered here, noted for issue 17.
        Assumptions.assumeTrue(kind.kind() == TestDb.Kind.POSTGRES, "PostgreSQL only");
        for (int round = 1; round <= ROUNDS; round++) {
            try (TestDb fresh = TestDb.create(kind.kind())) {
                List<String> failures = startAtOnce(fresh.settings());
                assertEquals(List.of(), failures, "round " + round + " on " + fresh);
                try (Database opened = Database.open(fresh.settings(), Entities.ALL)) {
                    assertEquals(1, opened.count(
                            "SELECT COUNT(*) FROM app_setting WHERE setting_key = 'schema_validated'"));
                    assertTrue(opened.count("SELECT COUNT(*) FROM permit_type") > 0, "migrated once, seeded once");
                }
            }
        }
    }

    /** Opens the database from {@link #CLIENTS} threads released together; returns what went wrong, if anything. */
    private static List<String> startAtOnce(DatabaseSettings settings) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                starts.add(clients.submit(() -> {
                    go.await();
                    try (Database database = Database.open(settings, Entities.ALL)) {
                        // Hibernate must be usable too, whether this client checked the mapping or another one did.
                        database.fromTransaction(session -> session.createNativeQuery("SELECT 1", Integer.class)
                                .getSingleResult());
                    }
                    return null;
                }));
            }
            go.countDown();
            List<String> failures = new ArrayList<>();
            for (Future<?> start : starts) {
                try {
                    start.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    StringBuilder text = new StringBuilder(String.valueOf(cause));
                    for (Throwable c = cause.getCause(); c != null; c = c.getCause()) {
                        text.append(" <- ").append(c);
                    }
                    failures.add(text.toString());
                }
            }
            return failures;
        } finally {
            clients.shutdownNow();
        }
    }
}
