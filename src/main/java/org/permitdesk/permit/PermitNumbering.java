package org.permitdesk.permit;

import java.time.LocalDate;
import org.hibernate.Session;
import org.permitdesk.platform.db.Database;

/**
 * Hands out permit numbers from each type's template: one counter per type and numbering period
 * ({@code permit_number_sequence}). The counter is raised inside the transaction that saves the permit,
 * so its row stays locked until that transaction ends: two clerks saving at once get consecutive numbers,
 * and a save that fails gives its number back (no gaps, no repeats).
 */
public final class PermitNumbering {

    private final Database database;

    public PermitNumbering(Database database) {
        this.database = database;
    }

    /** Makes sure the period's counter row exists, in its own short transaction (before the save's). */
    public void preparePeriod(PermitType type, LocalDate date) {
        String period = new PermitNumberTemplate(type.getNumberTemplate()).periodOf(date);
        try {
            database.inTransaction(session -> {
                Long rows = session.createNativeQuery("SELECT COUNT(*) FROM permit_number_sequence"
                                + " WHERE permit_type_id = :type AND period = :period", Long.class)
                        .setParameter("type", type.getId()).setParameter("period", period).getSingleResult();
                if (rows == 0) {
                    session.createNativeMutationQuery("INSERT INTO permit_number_sequence (permit_type_id, period,"
                                    + " last_value) VALUES (:type, :period, 0)")
                            .setParameter("type", type.getId()).setParameter("period", period).executeUpdate();
                }
            });
        } catch (RuntimeException someoneElseInsertedIt) {
            // Another clerk created the same period's counter at the same moment: it exists now.
        }
    }

    /**
     * The next number for a permit of {@code type} applied on {@code date}; call in the saving transaction. A number
     * already taken (by an imported permit, or anything else that wrote one) is skipped: the counter moves on to the
     * next free one, still under the counter row's lock, so two clerks saving at once cannot get the same number.
     */
    public String next(Session session, PermitType type, LocalDate date) {
        PermitNumberTemplate template = new PermitNumberTemplate(type.getNumberTemplate());
        String period = template.periodOf(date);
        while (true) {
            int value = advance(session, type, period);
            String number = template.format(type.getPrefix(), date, value);
            Long taken = session.createNativeQuery("SELECT COUNT(*) FROM permit WHERE permit_number = :number",
                            Long.class)
                    .setParameter("number", number).getSingleResult();
            if (taken == 0) {
                return number;
            }
        }
    }

    /** Raises the period's counter by one and returns its new value; its row stays locked until the save ends. */
    private static int advance(Session session, PermitType type, String period) {
        int updated = session.createNativeMutationQuery("UPDATE permit_number_sequence SET last_value = last_value + 1"
                        + " WHERE permit_type_id = :type AND period = :period")
                .setParameter("type", type.getId()).setParameter("period", period).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No numbering counter for " + type.getCode() + " " + period
                    + ": call preparePeriod first");
        }
        return session.createNativeQuery("SELECT last_value FROM permit_number_sequence"
                        + " WHERE permit_type_id = :type AND period = :period", Integer.class)
                .setParameter("type", type.getId()).setParameter("period", period).getSingleResult();
    }
}
