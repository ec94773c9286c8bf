package org.permitdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.Entities;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.testing.TestDb;

class DatabaseTest {

    @org.permitdesk.testing.DatabaseTest
    void aDatabaseUpgradedByANewerPermitDeskIsRefusedWithAClearMessage(TestDb db) throws Exception {
        db.database();
        try (Connection connection = DriverManager.getConnection(db.settings().url(), db.settings().user(),
                db.settings().password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
                    + " \"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, TRUE)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        try {
            SchemaTooNewException refused = assertThrows(SchemaTooNewException.class,
                    () -> Database.open(db.settings(), Entities.ALL));
            assertTrue(refused.getMessage().contains("schema version 99"), refused.getMessage());
            assertTrue(refused.getMessage().contains("Install the newer PermitDesk"), refused.getMessage());
            SchemaTooNewException refusedForJdbc = assertThrows(SchemaTooNewException.class,
                    () -> Database.openForJdbc(db.settings()));
            assertEquals(refused.getMessage(), refusedForJdbc.getMessage());
        } finally { // the class's other tests open the same database
            try (Connection connection = DriverManager.getConnection(db.settings().url(), db.settings().user(),
                    db.settings().password());
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '99'");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        }
    }

    @org.permitdesk.testing.DatabaseTest
    void anAlteredMigrationIsNamedWithItsVersionNotJustValidateFailed(TestDb db) throws Exception {
        db.database();
        long checksum;
        try (Connection connection = DriverManager.getConnection(db.settings().url(), db.settings().user(),
                db.settings().password());
             Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet rs = statement.executeQuery(
                    "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '17'")) {
                rs.next();
                checksum = rs.getLong(1);
            }
            statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '17'");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        try {
            DatabaseUnavailableException refused = assertThrows(DatabaseUnavailableException.class,
                    () -> Database.openForJdbc(db.settings()));
            assertTrue(refused.getMessage().contains("schema history does not match this version of PermitDesk"
                    + " (migration 17 ("), refused.getMessage());
            assertTrue(refused.getMessage().contains("checksum"), refused.getMessage());
            assertTrue(refused.getMessage().contains("restore the database from a backup"), refused.getMessage());
        } finally { // the class's other tests open the same database
            try (Connection connection = DriverManager.getConnection(db.settings().url(), db.settings().user(),
                    db.settings().password());
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = " + checksum
                        + " WHERE \"version\" = '17'");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        }
    }

    @org.permitdesk.testing.DatabaseTest
    void openedAgainItIsUsableAtOnceAndAChangedMappingIsCheckedBeforeTheOpenReturns(TestDb db) throws Exception {
        db.database(); // the first open checked the mapping against the schema and remembered it
        try (Database again = Database.open(db.settings(), Entities.ALL)) {
            assertTrue(again.count("SELECT COUNT(*) FROM permit_type") > 0); // plain JDBC, Hibernate may be starting
            long types = again.fromTransaction(session -> session
                    .createSelectionQuery("select count(t) from PermitType t", Long.class).getSingleResult());
            assertEquals(again.count("SELECT COUNT(*) FROM permit_type"), types);
        }
        try (Connection connection = DriverManager.getConnection(db.settings().url(), db.settings().user(),
                db.settings().password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE app_setting SET setting_value = 'before an upgrade'"
                    + " WHERE setting_key = 'schema_validated'");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        try (Database upgraded = Database.open(db.settings(), Entities.ALL)) {
            String checked = upgraded.text("SELECT setting_value FROM app_setting"
                    + " WHERE setting_key = 'schema_validated'").orElseThrow();
            assertTrue(!checked.equals("before an upgrade"), "the mapping was checked again and remembered");
        }
    }

    @org.permitdesk.testing.DatabaseTest
    void openedForJdbcTheSchemaIsUpToDateAndHibernateWorkIsRefused(TestDb db) throws Exception {
        db.database();
        try (Database opened = Database.openForJdbc(db.settings());
             Connection connection = opened.dataSource().getConnection();
             Statement statement = connection.createStatement();
             java.sql.ResultSet types = statement.executeQuery("SELECT COUNT(*) FROM permit_type")) {
            types.next();
            assertTrue(types.getInt(1) > 0);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> opened.fromTransaction(session -> 1));
            assertTrue(refused.getMessage().contains("plain JDBC"), refused.getMessage());
        }
    }

    @Test
    void anUnreachableServerGivesOneLineNamingTheUrlAndTheCause() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/permitdesk", "pd", "secret",
                false);
        DatabaseUnavailableException failure = assertThrows(DatabaseUnavailableException.class,
                () -> Database.open(settings, Entities.ALL));
        assertEquals(failure.getMessage(), assertThrows(DatabaseUnavailableException.class,
                () -> Database.openForJdbc(settings)).getMessage());
        assertTrue(failure.getMessage().startsWith(
                "Cannot open the database jdbc:postgresql://127.0.0.1:1/permitdesk: "), failure.getMessage());
        assertTrue(failure.getMessage().toLowerCase().contains("refused"), failure.getMessage());
        assertEquals(1, failure.getMessage().lines().count());
        assertTrue(!failure.getMessage().contains("secret"));
    }

    @Test
    void theEmbeddedDatabaseKeepsASmallPageCacheUnlessItsUrlSetsOne(@org.junit.jupiter.api.io.TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("permitdesk").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Database database = Database.openForJdbc(new DatabaseSettings(url, "sa", "", true));
             Database sameFileAtOnce = Database.openForJdbc(new DatabaseSettings(url, "sa", "", true))) {
            assertEquals(String.valueOf(Database.H2_CACHE_KIB / 1024), cacheMiB(database));
            assertEquals(String.valueOf(Database.H2_CACHE_KIB / 1024), cacheMiB(sameFileAtOnce),
                    "as the command line does while the desktop app has the file open");
        }
        try (Database database = Database.openForJdbc(new DatabaseSettings(url + ";CACHE_SIZE=32768", "sa", "",
                false))) {
            assertEquals("32", cacheMiB(database), "a cache size in the URL is kept");
        }
    }

    private static String cacheMiB(Database database) {
        return database.text("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").orElseThrow();
    }

    @Test
    void anUnknownKindOfUrlSaysWhichUrlsWork() {
        DatabaseUnavailableException failure = assertThrows(DatabaseUnavailableException.class,
                () -> Database.open(new DatabaseSettings("jdbc:mysql://x/y", "", "", false), Entities.ALL));
        assertTrue(failure.getMessage().contains("jdbc:postgresql://HOST:PORT/DATABASE"), failure.getMessage());
    }

    @org.permitdesk.testing.DatabaseTest
    void changesToAPermitAreAuditedWithWhoMadeThem(TestDb db) {
        Database database = db.database();
        long id = TestPermits.create(database, "B2611-501", "12 Audit Ln", "555-000-501", "Ann Audit", null);
        database.inTransaction(session -> {
            Permit permit = session.find(Permit.class, id);
            permit.setDescription("Scope changed: add a second bathroom");
            Database.stampAuditUser(session, "carmen");
        });
        List<Object[]> revisions = database.fromTransaction(session -> session.createNativeQuery(
                        "SELECT r.username, a.description, a.revtype FROM permit_aud a"
                                + " JOIN audit_revision r ON r.id = a.rev WHERE a.id = :id ORDER BY a.rev", Object[].class)
                .setParameter("id", id).getResultList());
        assertEquals(2, revisions.size());
        assertEquals("test", revisions.get(0)[0]);
        assertEquals("carmen", revisions.get(1)[0]);
        assertEquals("Scope changed: add a second bathroom", revisions.get(1)[1]);
        assertNotNull(revisions.get(1)[2]);
    }
}
