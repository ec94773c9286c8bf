package org.permitdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseUnavailableException;

/**
 * Whether the web view's database role could change permits: it should connect as a role that can only read the
 * {@code public_*} views ({@link #ROLE_SQL}). The embedded H2 database has a single user who owns everything.
 */
public final class DatabaseRole {

    /** The SQL that creates the read-only role {@code permitdesk_web} on PostgreSQL (public-web-role.sql). */
    public static final String ROLE_SQL = roleSql();

    private DatabaseRole() {
    }

    /** Why the connected role is not the read-only one (with how to make it), or empty when it cannot write permits. */
    public static Optional<String> writerProblem(Database database) {
        if (!database.isPostgres()) {
            return Optional.of("The embedded database has a single user, who can change everything; the public web"
                    + " view is meant for a read-only database role. To try it on this database, add"
                    + " --allow-writer-role.");
        }
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT current_user,"
                     + " has_table_privilege('permit', 'INSERT') OR has_table_privilege('permit', 'UPDATE')"
                     + " OR has_table_privilege('permit', 'DELETE') OR has_table_privilege('permit', 'TRUNCATE')");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            boolean writer = rs.getBoolean(2);
            String role = rs.getString(1);
            connection.rollback();
            return writer ? Optional.of("The database role " + role + " can change permits; the public web view"
                    + " must connect as a read-only role. Create one with the SQL that \"permitdesk web"
                    + " --print-role-sql\" prints, then start it with --db-user permitdesk_web (or add"
                    + " --allow-writer-role to try it out on a test server).") : Optional.empty();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(database.settings(), e);
        }
    }

    private static String roleSql() {
        try (InputStream in = DatabaseRole.class.getResourceAsStream("public-web-role.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
