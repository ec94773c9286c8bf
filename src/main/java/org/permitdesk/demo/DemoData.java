package org.permitdesk.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.IntConsumer;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.StaffService;
import org.permitdesk.staff.SignedInUser;

/**
 * The demo permit center: realistic permits for a fictional city and, on the embedded database only,
 * one demo sign-in per role. A shared database never gets demo users: no default password ever exists there.
 */
public final class DemoData {

    public static final String DEMO_PASSWORD = "demo";
    public static final int FIRST_START_PERMITS = 1_000;
    public static final long DEFAULT_SEED = 20_261_122L;
    private static final String DEMO_USERS_SETTING = "demo_users";

    private final Database database;
    private final Clock clock;

    public DemoData(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** True for a database with no permits and no staff: a first start. */
    public boolean isEmptyDatabase() {
        // Plain JDBC: this runs at every start, while Hibernate may still be starting.
        return database.count("SELECT COUNT(*) FROM permit") == 0
                && database.count("SELECT COUNT(*) FROM staff_user") == 0;
    }

    /**
     * Adds {@code count} permits; the same seed on the same day gives the same permits. On PostgreSQL the
     * tables are vacuumed and analysed afterwards, so that searches are fast straight after the fill.
     */
    public int addPermits(int count, long seed, IntConsumer progress) {
        if (count < 1) {
            throw new UserFacingException("The number of permits must be at least 1.");
        }
        try {
            int added = new DemoPermitGenerator(database, LocalDate.now(clock), seed).generate(count, progress);
            refreshPostgresStatistics();
            return added;
        } catch (SQLException e) {
            throw new UserFacingException("Could not write demo permits: " + e.getMessage(), e);
        }
    }

    /**
     * After a bulk fill on PostgreSQL: gives the planner statistics for the new rows and sets the visibility
     * map, without which every index-only scan of the search terms also reads the table (search counts took
     * 50-300 ms instead of a few ms at a million permits; see docs/benchmarks.md). A server with autovacuum
     * would do this eventually, one with it off never. VACUUM cannot run in a transaction, hence autocommit.
     * Nothing on H2.
     */
    private void refreshPostgresStatistics() throws SQLException {
        if (!database.isPostgres()) {
            return;
        }
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE) permit_search_term, public_search_term, permit, site, permit_contact");
        }
    }

    /** Who adds the demo data's staff users (named in the audit trail). */
    private static final SignedInUser DEMO_SET_UP = new SignedInUser(0, "demo-data", "Demo set-up",
            EnumSet.of(Role.COMMAND_LINE));

    /** One sign-in per role, all with {@link #DEMO_PASSWORD}. Only for the embedded demo database. */
    public void addDemoUsers(StaffService staff) {
        staff.createUser("clerk", "Carmen Ortiz", DEMO_PASSWORD, EnumSet.of(Role.CLERK), DEMO_SET_UP);
        staff.createUser("inspector", "Ray Whitfield", DEMO_PASSWORD, EnumSet.of(Role.INSPECTOR), DEMO_SET_UP);
        staff.createUser("supervisor", "Dana Kowalski", DEMO_PASSWORD, EnumSet.of(Role.SUPERVISOR), DEMO_SET_UP);
        staff.createUser("admin", "Sam Patel", DEMO_PASSWORD, EnumSet.of(Role.ADMIN), DEMO_SET_UP);
        database.inTransaction(session -> {
            session.createNativeMutationQuery(
                            "INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, 'true')")
                    .setParameter("key", DEMO_USERS_SETTING).executeUpdate();
        });
    }

    public boolean hasDemoUsers() {
        return database.count("SELECT COUNT(*) FROM app_setting WHERE setting_key = ?", DEMO_USERS_SETTING) > 0;
    }

    /** First start on the embedded database: demo users and {@link #FIRST_START_PERMITS} permits. */
    public void fillNewEmbeddedDatabase(StaffService staff) {
        addDemoUsers(staff);
        addPermits(FIRST_START_PERMITS, DEFAULT_SEED, done -> { });
    }
}
