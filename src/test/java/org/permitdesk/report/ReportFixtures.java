package org.permitdesk.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.permitdesk.platform.db.Database;

/**
 * Writes permits (with site and fee lines), payments, staff users and inspections straight into the tables, in
 * batches, for the report tests and the report benchmark. Ids are taken from a high range no sequence reaches.
 */
public final class ReportFixtures implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(50_000_000);
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private final Connection connection;
    private final PreparedStatement site;
    private final PreparedStatement permit;
    private final PreparedStatement fee;
    private final Map<String, Long> typeIds = new HashMap<>();
    private int pending;

    public ReportFixtures(Database database) {
        try {
            connection = database.dataSource().getConnection();
            connection.setAutoCommit(false);
            site = connection.prepareStatement("INSERT INTO site (id, address_line, city, state, zip, version)"
                    + " VALUES (?, ?, 'Palm Valley', 'CA', '92260', 0)");
            permit = connection.prepareStatement("INSERT INTO permit (id, permit_number, permit_type_id, site_id,"
                    + " status, applied_date, issued_date, finaled_date, expires_date, valuation, created_at,"
                    + " created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', 0)");
            fee = connection.prepareStatement("INSERT INTO permit_fee_line (permit_id, description, amount, source,"
                    + " created_by, created_at) VALUES (?, 'Permit fee', ?, 'SCHEDULE', 'test', ?)");
            try (Statement query = connection.createStatement();
                 ResultSet rs = query.executeQuery("SELECT code, id FROM permit_type")) {
                while (rs.next()) {
                    typeIds.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a permit; {@code fees} become one fee line each. Returns its id. */
    public long permit(String number, String typeCode, String status, LocalDate issued, LocalDate finaled,
                       LocalDate expires, BigDecimal valuation, BigDecimal... fees) {
        try {
            long siteId = IDS.incrementAndGet();
            site.setLong(1, siteId);
            site.setString(2, "1" + (siteId % 9000) + " Report Way");
            site.addBatch();
            long id = IDS.incrementAndGet();
            permit.setLong(1, id);
            permit.setString(2, number);
            permit.setLong(3, typeIds.get(typeCode));
            permit.setLong(4, siteId);
            permit.setString(5, status);
            permit.setObject(6, issued != null ? issued.minusDays(10) : LocalDate.of(2020, 1, 1));
            permit.setObject(7, issued);
            permit.setObject(8, finaled);
            permit.setObject(9, expires);
            permit.setBigDecimal(10, valuation);
            permit.setObject(11, CREATED);
            permit.addBatch();
            for (BigDecimal amount : fees) {
                fee.setLong(1, id);
                fee.setBigDecimal(2, amount);
                fee.setObject(3, CREATED);
                fee.addBatch();
            }
            if (++pending % 1_000 == 0) {
                flush();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes what is batched and commits. */
    public void flush() {
        try {
            site.executeBatch();
            permit.executeBatch();
            fee.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A payment received at {@code receivedAt}. */
    public void payment(long permitId, String amount, String method, OffsetDateTime receivedAt, String receipt) {
        flush();
        update("INSERT INTO payment (permit_id, amount, method, reference, payer_name, received_by, received_at,"
                + " receipt_number) VALUES (?, ?, ?, ?, 'Payer', 'cashier', ?, ?)", permitId, new BigDecimal(amount),
                method, method.equals("CASH") ? null : "REF-" + receipt, receivedAt, receipt);
    }

    /** A staff user; returns its id. */
    public long inspector(String username, String fullName) {
        update("INSERT INTO staff_user (username, full_name, password_hash, active, failed_attempts, created_at,"
                + " version) VALUES (?, ?, 'x', TRUE, 0, ?, 0)", username, fullName, CREATED);
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM staff_user WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An inspection of the permit's first inspection type on {@code day}; inspector and result may be null. */
    public void inspection(long permitId, LocalDate day, Long inspectorId, String status, String result) {
        flush();
        long typeId;
        try (PreparedStatement query = connection.prepareStatement("SELECT MIN(it.id) FROM inspection_type it"
                + " JOIN permit p ON p.permit_type_id = it.permit_type_id WHERE p.id = ?")) {
            query.setLong(1, permitId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                typeId = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        update("INSERT INTO inspection (permit_id, inspection_type_id, requested_date, time_window, contact_name,"
                + " phone, email, status, inspector_id, requested_by, requested_at, version, result)"
                + " VALUES (?, ?, ?, 'AM', 'Owner', '555-0100', 'owner@example.com', ?, ?, 'test', ?, 0, ?)",
                permitId, typeId, day, status, inspectorId == null ? new Null(Types.BIGINT) : inspectorId, CREATED,
                result == null ? new Null(Types.VARCHAR) : result);
    }

    private record Null(int sqlType) {
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Null none) {
                    statement.setNull(i + 1, none.sqlType());
                } else if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
