package org.permitdesk.account.cslb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.permitdesk.platform.db.AuditTrail;
import org.permitdesk.platform.db.Database;

/**
 * Replaces the stored licences inside one JDBC transaction: deletes them all, inserts the new rows in
 * batches, and commits only when told. Closing it without {@link #commit()} rolls everything back, so the
 * licences stored before stay as they were. Plain JDBC batches, like the demo data (ADR 0004, 0006).
 */
final class CslbLicenceWriter implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final Database database;
    private final Connection connection;
    private final PreparedStatement insert;
    private final OffsetDateTime importedAt;
    private int pending;

    CslbLicenceWriter(Database database, Instant importedAt) throws SQLException {
        this.database = database;
        this.connection = database.dataSource().getConnection();
        this.importedAt = importedAt.atOffset(ZoneOffset.UTC);
        try {
            connection.setAutoCommit(false);
            insert = connection.prepareStatement("INSERT INTO cslb_licence (licence_number, business_name, address,"
                    + " city, state, zip, phone, issue_date, expiration_date, inactivation_date, reactivation_date,"
                    + " status, secondary_status, classifications, workers_comp_coverage,"
                    + " workers_comp_expiration_date, imported_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Deletes every stored licence (undone unless committed). */
    void deleteAll() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM cslb_licence");
        }
    }

    void add(CslbRow row) throws SQLException {
        insert.setInt(1, row.licenceNumber());
        insert.setString(2, row.businessName());
        insert.setString(3, row.address());
        insert.setString(4, row.city());
        insert.setString(5, row.state());
        insert.setString(6, row.zip());
        insert.setString(7, row.phone());
        setDate(8, row.issueDate());
        setDate(9, row.expirationDate());
        setDate(10, row.inactivationDate());
        setDate(11, row.reactivationDate());
        insert.setString(12, row.status());
        insert.setString(13, row.secondaryStatus());
        insert.setString(14, row.classifications());
        insert.setString(15, row.workersCompCoverage());
        setDate(16, row.workersCompExpirationDate());
        insert.setObject(17, importedAt);
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    /** Leaves a trace of the import in audit_change (who, when, how many licences), inside its transaction. */
    void recordImport(String by, int imported) throws SQLException {
        AuditTrail.record(connection, importedAt.toInstant(), by, "CSLB licence file imported",
                imported + " licences");
    }

    /** Sends the last rows and commits: from now on everyone sees the new licences and only them. */
    void commit() throws SQLException {
        flush();
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        if (database.abandoned()) {
            return; // closed at once after a full disk: H2 would spin in this connection's rollback
        }
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    private void setDate(int index, LocalDate date) throws SQLException {
        if (date == null) {
            insert.setNull(index, Types.DATE);
        } else {
            insert.setObject(index, date);
        }
    }
}
