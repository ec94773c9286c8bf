package org.permitdesk.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * The audit of changes made with plain SQL, which Envers cannot see (settings, city holidays, the correction library,
 * inspection types, inspectors' districts, an inspection's correction items): one {@code audit_change} row per change,
 * written by the service that makes it, in its transaction. {@code permitId} puts the change in that permit's
 * <em>All changes</em>.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** Records a change made now by {@code by} (a username). */
    public static void record(Session session, String by, Long permitId, String subject, String oldValue,
                              String newValue) {
        record(session, Instant.now(), by, permitId, subject, oldValue, newValue);
    }

    public static void record(Session session, Instant at, String by, Long permitId, String subject, String oldValue,
                              String newValue) {
        session.createNativeMutationQuery("INSERT INTO audit_change (changed_at, changed_by, permit_id, subject,"
                        + " old_value, new_value) VALUES (:at, :by, :permit, :subject, :old, :new)")
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("by", cut(by == null ? "?" : by, 60))
                .setParameter("permit", permitId, Long.class)
                .setParameter("subject", cut(subject, 200))
                .setParameter("old", cut(oldValue, 2000), String.class)
                .setParameter("new", cut(newValue, 2000), String.class)
                .executeUpdate();
    }

    /** The same for work done with plain JDBC (imports), on its connection and inside its transaction. */
    public static void record(Connection connection, Instant at, String by, String subject, String newValue)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_change (changed_at, changed_by,"
                + " subject, new_value) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, at.atOffset(ZoneOffset.UTC));
            insert.setString(2, cut(by == null ? "?" : by, 60));
            insert.setString(3, cut(subject, 200));
            insert.setString(4, cut(newValue, 2000));
            insert.executeUpdate();
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
