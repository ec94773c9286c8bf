package org.permitdesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/**
 * Issue 17: two first starts creating the first administrator at the same moment. The loser used to see the raw
 * duplicate-key error of {@code app_setting}; now it is told who created the administrator meanwhile. The race is
 * made certain, not hoped for: the winner's transaction is held open until the loser waits on its row.
 */
class FirstAdministratorRaceTest {

    @DatabaseTest
    void theClientThatLosesTheRaceIsToldWhoCreatedTheAdministratorMeanwhile(TestDb db) throws Exception {
        Database database = db.database();
        StaffService staff = new StaffService(database, new PasswordHasher(), Clock.systemUTC());
        assertTrue(staff.needsFirstAdministrator());

        try (Connection winner = database.dataSource().getConnection()) {
            winner.setAutoCommit(false);
            createAdministrator(winner, "pfirst", "Pat First");
            CompletableFuture<SignedInUser> loser = CompletableFuture.supplyAsync(
                    () -> staff.createFirstAdministrator("ssecond", "Sam Second", "a long secret 2"));
            waitUntilBlocked(database, loser);
            winner.commit();

            ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> loser.get(60, TimeUnit.SECONDS));
            assertInstanceOf(UserFacingException.class, failed.getCause(), String.valueOf(failed.getCause()));
            assertEquals("An administrator was created meanwhile by Pat First (pfirst); sign in instead.",
                    failed.getCause().getMessage());
        }
        assertEquals(1, database.count("SELECT COUNT(*) FROM staff_user"));
    }

    /** As another client's createFirstAdministrator does, in {@code connection}'s open transaction. */
    private static void createAdministrator(Connection connection, String username, String fullName) throws SQLException {
        try (PreparedStatement setting = connection.prepareStatement(
                "INSERT INTO app_setting (setting_key, setting_value) VALUES ('first_administrator', ?)")) {
            setting.setString(1, username);
            setting.executeUpdate();
        }
        try (PreparedStatement user = connection.prepareStatement("INSERT INTO staff_user (username, full_name,"
                + " password_hash, active, failed_attempts, created_at, version) VALUES (?, ?, 'x', TRUE, 0, ?, 0)")) {
            user.setString(1, username);
            user.setString(2, fullName);
            user.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            user.executeUpdate();
        }
    }

    /** Until the loser's insert waits for the winner's row (or it ended first, which is a failure of the test). */
    private static void waitUntilBlocked(Database database, CompletableFuture<?> loser) throws Exception {
        String blocked = database.isPostgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                        + " OR EXECUTING_STATEMENT LIKE 'INSERT INTO app_setting%'";
        for (int i = 0; i < 6_000; i++) {
            if (database.count(blocked) > 0) {
                return;
            }
            if (loser.isDone()) {
                fail("the second client ended before waiting for the first: "
                        + loser.handle((user, failure) -> failure != null ? failure : user).join());
            }
            Thread.sleep(10);
        }
        throw new TimeoutException("the second client never waited for the first");
    }
}
