package org.permitdesk.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.db.Database;

/**
 * Permits for the web view's tests, with every private field holding a marker that must never appear on the public
 * site ({@link #PRIVATE_MARKERS}). "Today" is {@link #TODAY}.
 */
final class WebTestData {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-16T17:00:00Z"), ZoneId.of("America/Los_Angeles"));

    static final String ISSUED = "B2611-0001";
    static final String VOIDED = "E2611-0002";
    static final String FINALED = "P2611-0003";
    static final String OWNER_NAME = "Zqowner Quimby";

    /** Text in private fields only: owners, contact details, notes, accounts, payments, staff user names. */
    static final List<String> PRIVATE_MARKERS = List.of(
            "Zqowner", "owner@example.com", "555-0100", "Pat Doe", "office@example.com", "555-0101",
            "zqnote", "zqvoid", "zqreason", "zqclerk", "Zqapplicant", "zqapplicant@example.com", "555-0199",
            "Zqappbiz", "zqinspuser", "Zqcontact", "zqreq@example.com", "555-0177", "zq4417", "zqcancel",
            "Zqreviewer", "zqcomments", "zqcondition", "Zqpayer", "zqref123", "Zqaccount", "zqaccount@example.com",
            "zqsupervisor", "Zqdesigner");

    private WebTestData() {
    }

    /** Seeds the permits once per database (the test classes share one database per kind). */
    static synchronized void seed(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            try (Statement check = connection.createStatement();
                 ResultSet rs = check.executeQuery("SELECT COUNT(*) FROM permit WHERE permit_number = '" + ISSUED
                         + "'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    connection.rollback();
                    return;
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long issued = TestPermits.create(database, ISSUED, "1200 Main St", "012-345-678", OWNER_NAME,
                "Desert Sun Builders");
        long voided = TestPermits.create(database, VOIDED, "44 Palm Canyon Dr", "012-999-001", "Zqowner Two", null);
        long finaled = TestPermits.create(database, FINALED, "1230 Main St", "012-345-700", "Zqowner Three",
                "Cool Valley Plumbing");
        try (Connection connection = database.dataSource().getConnection()) {
            update(connection, "UPDATE permit SET status = 'ISSUED', approved_date = DATE '2026-11-05', issued_date ="
                    + " DATE '2026-11-06', expires_date = DATE '2027-05-05', internal_notes = 'zqnote private'"
                    + " WHERE id = " + issued);
            update(connection, "UPDATE permit SET status = 'VOID', void_date = DATE '2026-11-09', void_reason ="
                    + " 'zqvoid reason', internal_notes = 'zqnote two' WHERE id = " + voided);
            update(connection, "UPDATE permit SET status = 'FINALED', approved_date = DATE '2026-11-03', issued_date ="
                    + " DATE '2026-11-04', finaled_date = DATE '2026-11-12' WHERE id = " + finaled);
            update(connection, "UPDATE permit_contact SET license_number = '1009988' WHERE permit_id = " + finaled);
            update(connection, "INSERT INTO permit_status_change (permit_id, from_status, to_status, changed_on,"
                    + " changed_by, reason) VALUES (" + issued + ", 'APPLIED', 'ISSUED', DATE '2026-11-06', 'zqclerk',"
                    + " 'zqreason private')");
            update(connection, "INSERT INTO permit_contact (permit_id, role, name, business_name, license_number,"
                    + " email, phone, mailing_address) VALUES (" + issued + ", 'APPLICANT', 'Zqapplicant Person',"
                    + " 'Zqappbiz LLC', NULL, 'zqapplicant@example.com', '(760) 555-0199', '9 zqnote Way')");
            update(connection, "INSERT INTO permit_contact (permit_id, role, name, business_name, license_number,"
                    + " email, phone, mailing_address) VALUES (" + issued + ", 'DESIGN_PROFESSIONAL', 'Zqdesigner',"
                    + " NULL, NULL, NULL, NULL, NULL)");
            update(connection, "INSERT INTO cslb_licence (licence_number, business_name, address, phone, status,"
                    + " expiration_date, imported_at) VALUES (1009988, 'DESERT SUN BUILDERS', '1 zqnote Rd',"
                    + " '(760) 555-0100', 'Active', DATE '2027-08-31', CURRENT_TIMESTAMP)");
            update(connection, "INSERT INTO staff_user (username, full_name, password_hash, active, failed_attempts,"
                    + " created_at, version) VALUES ('zqinspuser', 'Ray Whitfield', 'x', TRUE, 0, CURRENT_TIMESTAMP, 0)");
            long inspector = id(connection, "SELECT id FROM staff_user WHERE username = 'zqinspuser'");
            long framing = id(connection, "SELECT id FROM inspection_type WHERE code = 'FRAMING' AND permit_type_id ="
                    + " (SELECT id FROM permit_type WHERE code = 'B')");
            long footing = id(connection, "SELECT id FROM inspection_type WHERE code = 'FOOTING' AND permit_type_id ="
                    + " (SELECT id FROM permit_type WHERE code = 'B')");
            long drywall = id(connection, "SELECT id FROM inspection_type WHERE code = 'DRYWALL' AND permit_type_id ="
                    + " (SELECT id FROM permit_type WHERE code = 'B')");
            inspection(connection, issued, footing, "2026-11-10", "AM", "ASSIGNED", inspector, null, "FAILED",
                    "Nail spacing at the shear walls is too wide.");
            long failed = id(connection, "SELECT MAX(id) FROM inspection");
            update(connection, "INSERT INTO inspection_correction (inspection_id, code_ref, text) VALUES (" + failed
                    + ", 'CRC R602.10', 'Complete wall bracing per the approved plans.')");
            inspection(connection, issued, framing, TODAY.toString(), "PM", "ASSIGNED", inspector, null, null, null);
            inspection(connection, issued, drywall, "2026-11-13", "AM", "CANCELLED", null, "zqcancel private",
                    null, null);
            update(connection, "INSERT INTO plan_review (permit_id, cycle, reviewer, started_on, finished_on, status,"
                    + " comments, version) VALUES (" + issued + ", 1, 'Zqreviewer', DATE '2026-11-02',"
                    + " DATE '2026-11-03', 'CORRECTIONS_REQUIRED', 'zqcomments private', 0)");
            update(connection, "INSERT INTO plan_review (permit_id, cycle, reviewer, started_on, finished_on, status,"
                    + " comments, version) VALUES (" + issued + ", 2, 'Zqreviewer', DATE '2026-11-04',"
                    + " DATE '2026-11-05', 'APPROVED', 'zqcomments again', 0)");
            update(connection, "INSERT INTO permit_condition (permit_id, kind, text, added_by, added_at) VALUES ("
                    + issued + ", 'NOTICE', 'zqcondition private', 'zqclerk', CURRENT_TIMESTAMP)");
            update(connection, "INSERT INTO payment (permit_id, amount, method, reference, payer_name, received_by,"
                    + " received_at, receipt_number) VALUES (" + issued + ", 120.00, 'CHECK', 'zqref123', 'Zqpayer',"
                    + " 'zqclerk', CURRENT_TIMESTAMP, 'R2026-990001')");
            update(connection, "INSERT INTO portal_account (account_type, username, business_name, contact_name, email,"
                    + " phone, email_key, password_hash, must_change_password, disabled, created_at, created_by,"
                    + " updated_at, updated_by, version) VALUES ('OWNER', 'zqaccount@example.com', NULL, 'Zqaccount',"
                    + " 'zqaccount@example.com', '(760) 555-0100', 'zqaccount@example.com', 'x', TRUE, FALSE,"
                    + " CURRENT_TIMESTAMP, 'zqclerk', CURRENT_TIMESTAMP, 'zqclerk', 0)");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes today's inspections (the supervisor's publication), or takes the publication back. */
    static void publishToday(Database database, boolean published) {
        try (Connection connection = database.dataSource().getConnection()) {
            update(connection, "DELETE FROM inspection_day_publication WHERE inspection_day = DATE '" + TODAY + "'");
            if (published) {
                update(connection, "INSERT INTO inspection_day_publication (inspection_day, published_at, published_by)"
                        + " VALUES (DATE '" + TODAY + "', CURRENT_TIMESTAMP, 'zqsupervisor')");
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void inspection(Connection connection, long permit, long type, String day, String window,
                                   String status, Long inspector, String cancelReason, String result, String notes)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inspection (permit_id,"
                + " inspection_type_id, requested_date, time_window, contact_name, phone, email, notes, status,"
                + " inspector_id, cancel_reason, requested_by, requested_at, version, result, result_notes, resulted_by)"
                + " VALUES (?, ?, ?, ?, 'Zqcontact Person', '(760) 555-0177', 'zqreq@example.com',"
                + " 'Gate code zq4417', ?, ?, ?, 'zqclerk', CURRENT_TIMESTAMP, 0, ?, ?, ?)")) {
            insert.setLong(1, permit);
            insert.setLong(2, type);
            insert.setObject(3, LocalDate.parse(day));
            insert.setString(4, window);
            insert.setString(5, status);
            insert.setObject(6, inspector);
            insert.setString(7, cancelReason);
            insert.setString(8, result);
            insert.setString(9, notes);
            insert.setString(10, result == null ? null : "zqinspuser");
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long id(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
