package org.permitdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** Staff users and portal accounts are audited, and no audit table ever holds a password hash. */
class AuditedAccountsTest {

    @DatabaseTest
    void accountEditsAreAuditedWithoutEverCopyingAPasswordHash(TestDb db) throws SQLException {
        Database database = db.database();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T17:00:00Z"));
        String username = "aud" + System.nanoTime() % 100_000_000;
        SignedInUser staff = new StaffService(database, new PasswordHasher(), clock).createUser(username,
                "Audrey Audit", "a long password", EnumSet.of(Role.CLERK), TestUsers.ADMIN);
        AccountService accounts = new AccountService(database, new PasswordHasher(), clock);
        CreatedAccount created = accounts.createAccount(TestAccounts.owner("Olive Owner",
                username + "@example.com"), TestUsers.clerk("carmen"), null);
        accounts.issueNewTemporaryPassword(created.account().id(), TestUsers.clerk("carmen"));
        AccountSummary now = accounts.findAccount(created.account().id()).orElseThrow();
        accounts.setDisabled(now.id(), now.version(), true, TestUsers.supervisor("dana"));

        List<String> hashes = new ArrayList<>();
        hashes.add(database.text("SELECT password_hash FROM staff_user WHERE id = ?", staff.id()).orElseThrow());
        hashes.add(database.text("SELECT password_hash FROM portal_account WHERE id = ?", now.id()).orElseThrow());
        assertEquals(1L, database.count("SELECT COUNT(*) FROM staff_user_aud WHERE id = ? AND revtype = 0",
                staff.id()), "the new staff user is audited");
        assertEquals(1L, database.count("SELECT COUNT(*) FROM portal_account_aud a JOIN audit_revision r"
                + " ON r.id = a.rev WHERE a.id = ? AND a.disabled = TRUE AND r.username = 'dana'", now.id()),
                "disabling the account is audited with who did it");
        for (String table : List.of("staff_user_aud", "portal_account_aud", "staff_user_role_aud")) {
            for (String value : everyValue(database, table)) {
                for (String hash : hashes) {
                    assertFalse(value.contains(hash), table + " holds a password hash");
                }
                assertFalse(value.startsWith("$argon") || value.startsWith("$2"), table + " holds a hash: " + value);
            }
        }
        assertTrue(everyValue(database, "staff_user_role_aud").contains("CLERK"), "roles are audited");
    }

    /** Every column name and every non-null value of the table, as text. */
    private static List<String> everyValue(Database database, String table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                assertFalse(meta.getColumnName(i).toLowerCase().contains("password_hash"), table);
            }
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value != null) {
                        values.add(value.toString());
                    }
                }
            }
            connection.rollback();
        }
        return values;
    }
}
