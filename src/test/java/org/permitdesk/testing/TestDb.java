package org.permitdesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.permitdesk.app.Entities;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;

/**
 * A throwaway database for one test class: an in-memory H2 one, or a fresh database on the PostgreSQL
 * server that is dropped afterwards. The server is {@code PERMITDESK_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}, trust authentication).
 */
public final class TestDb implements AutoCloseable {

    public enum Kind { H2, POSTGRES }

    private static final String ADMIN_URL = System.getenv().getOrDefault("PERMITDESK_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String ADMIN_USER = System.getenv().getOrDefault("PERMITDESK_TEST_PG_USER", "postgres");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("PERMITDESK_TEST_PG_PASSWORD", "");

    private final Kind kind;
    private final DatabaseSettings settings;
    private final String postgresName;
    private Database database;

    private TestDb(Kind kind, DatabaseSettings settings, String postgresName) {
        this.kind = kind;
        this.settings = settings;
        this.postgresName = postgresName;
    }

    public static TestDb create(Kind kind) {
        String name = "permitdesk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == Kind.H2) {
            return new TestDb(kind, new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", false),
                    null);
        }
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server " + ADMIN_URL + " is unreachable: " + e.getMessage()
                    + " (start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        return new TestDb(kind, new DatabaseSettings(url, ADMIN_USER, ADMIN_PASSWORD, false), name);
    }

    public static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** True when the PostgreSQL tests must run (CI), so an unreachable server fails the build. */
    public static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getProperty("permitdesk.test.requirePostgres"));
    }

    public Kind kind() {
        return kind;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The migrated database, opened on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open(settings, Entities.ALL);
        }
        return database;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
        if (postgresName != null) {
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + postgresName + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop test database " + postgresName, e);
            }
        }
    }

    @Override
    public String toString() {
        return kind == Kind.H2 ? "H2" : "PostgreSQL";
    }

    public String label() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
