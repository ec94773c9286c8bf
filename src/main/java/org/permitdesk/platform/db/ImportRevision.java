package org.permitdesk.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The audit revision of a bulk import written with plain JDBC (BLDS import, demo data), which Envers cannot see:
 * one {@code audit_revision} row per run, to which the writer adds a creating {@code permit_aud} row (revtype 0) for
 * each permit in its own batches, and {@link #auditContacts} the creating rows of those permits' contacts, once, at the
 * end of the run.
 */
public final class ImportRevision {

    /** Envers' revision type of a record that was added. */
    public static final int ADDED = 0;

    private final long number;

    private ImportRevision(long number) {
        this.number = number;
    }

    /** Writes the revision (when, who) on {@code connection}, inside its transaction. */
    public static ImportRevision open(Database database, Connection connection, Instant at, String username)
            throws SQLException {
        long number;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(database.nextValueSql("audit_revision_seq"))) {
            rs.next();
            number = rs.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_revision (id, revision_at, username) VALUES (?, ?, ?)")) {
            insert.setLong(1, number);
            insert.setLong(2, at.toEpochMilli());
            insert.setString(3, username);
            insert.executeUpdate();
        }
        return new ImportRevision(number);
    }

    public long number() {
        return number;
    }

    /**
     * Adds a creating audit row for every contact of the permits created in this revision: one statement, after the
     * contacts are written (their ids come from the database).
     */
    public void auditContacts(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO permit_contact_aud (id, rev, revtype,"
                + " permit_id, role, name, business_name, license_number, email, phone, mailing_address, account_id)"
                + " SELECT c.id, a.rev, " + ADDED + ", c.permit_id, c.role, c.name, c.business_name, c.license_number,"
                + " c.email, c.phone, c.mailing_address, c.account_id"
                // From the revision's permits (its part of permit_aud's key) to their contacts (by permit_id's index).
                + " FROM permit_aud a JOIN permit_contact c ON c.permit_id = a.id WHERE a.rev = ?")) {
            insert.setLong(1, number);
            insert.executeUpdate();
        }
    }
}
