package org.permitdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.db.SchemaTooNewException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/** How the web view uses the database: read-only, the schema version checked, a read-only role on PostgreSQL. */
class WebDatabaseTest {

    @Test
    void aDatabaseOlderOrNewerThanThisPermitDeskIsRefusedWithOneLineAndLeftAsItIs() throws SQLException {
        DatabaseSettings empty = new DatabaseSettings("jdbc:h2:mem:web_" + UUID.randomUUID().toString()
                .replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "", false);
        UserFacingException older = assertThrows(UserFacingException.class,
                () -> Database.openForReading(empty, "upgrade it with the desktop app."));
        assertTrue(older.getMessage().contains("older than this PermitDesk") && older.getMessage().endsWith(
                "upgrade it with the desktop app."), older.getMessage());
        assertTrue(!older.getMessage().contains("\n"), older.getMessage());
        try (Connection connection = DriverManager.getConnection(empty.url(), "sa", "");
             Statement statement = connection.createStatement()) {
            assertEquals(0, countTables(statement), "nothing was created");
        }
        Database.openForJdbc(empty).close();
        try (Connection connection = DriverManager.getConnection(empty.url(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 'sa', 1, TRUE)");
        }
        assertThrows(SchemaTooNewException.class, () -> Database.openForReading(empty, "upgrade it."));
    }

    private static int countTables(Statement statement) throws SQLException {
        try (var rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @DatabaseTest
    void theOwnerIsAWriterAndTheReadOnlyRoleReadsOnlyThePublicViews(TestDb db) throws SQLException {
        assertTrue(DatabaseRole.writerProblem(db.database()).isPresent(), "the owner can change permits");
        assumeTrue(db.kind() == TestDb.Kind.POSTGRES, "roles are PostgreSQL's");
        WebTestData.seed(db.database());
        String role = "permitdesk_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection owner = db.database().dataSource().getConnection();
             Statement statement = owner.createStatement()) {
            statement.execute(DatabaseRole.ROLE_SQL.replace("permitdesk_web", role));
            owner.commit();
        }
        DatabaseSettings asRole = new DatabaseSettings(db.settings().url(), role, "choose-a-password", false);
        try (Database readOnly = Database.openForReading(asRole, "upgrade it.")) {
            assertTrue(DatabaseRole.writerProblem(readOnly).isEmpty());
            try (Connection connection = readOnly.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                SQLException denied = assertThrows(SQLException.class,
                        () -> statement.executeQuery("SELECT internal_notes FROM permit"));
                assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
                connection.rollback();
                assertThrows(SQLException.class, () -> statement.executeQuery("SELECT phone FROM permit_contact"));
                connection.rollback();
            }
            try (PublicWeb web = new PublicWeb(readOnly, WebTestData.CLOCK, WebSettings.local(0)
                    .withRequestsPerMinute(0))) {
                WebClient client = new WebClient(web.start());
                assertTrue(client.get("/permits/" + WebTestData.ISSUED).body().contains("Desert Sun Builders"));
                assertTrue(client.get("/search?q=main").body().contains("2 permits match"));
                assertEquals(200, client.get("/issued-finaled?from=2026-11-01&to=2026-11-30").statusCode());
                assertEquals(200, client.get("/open-data/permits.csv").statusCode());
            }
        } finally {
            try (Connection owner = db.database().dataSource().getConnection();
                 Statement statement = owner.createStatement()) {
                statement.execute("DROP OWNED BY " + role);
                statement.execute("DROP ROLE " + role);
                owner.commit();
            }
        }
    }
}
