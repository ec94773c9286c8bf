package org.permitdesk.permit.fee;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.hibernate.Session;

/**
 * Hands out receipt numbers "R2026-000042": numbered within each calendar year, never twice, none skipped.
 * The one counter row stays locked until the payment's transaction ends, so payments taken at the same
 * moment by two clerks wait for each other, and a payment that is rolled back gives its number back.
 *
 * <p>The receipt's year is the year of the payment by the <em>database server's</em> clock (its
 * {@code CURRENT_TIMESTAMP}, read in the city's time zone), not by the clock of the computer taking the payment:
 * around New Year, clients whose clocks disagree would otherwise number in two years at once and run into each
 * other's numbers. And the counter never goes back to an earlier year: should it ever hold a later year than the
 * database's clock gives (a server clock set back, an older client), numbering simply continues in that year.
 */
final class ReceiptNumbers {

    private ReceiptNumbers() {
    }

    /** The next receipt number; {@code cityZone} is the zone the database's clock is read in. */
    static String next(Session session, ZoneId cityZone) {
        int year = databaseYear(session, cityZone);
        session.createNativeMutationQuery("""
                        UPDATE receipt_number_counter
                        SET last_value = CASE WHEN year_no >= :year THEN last_value + 1 ELSE 1 END,
                            year_no = CASE WHEN year_no >= :year THEN year_no ELSE :year END
                        WHERE id = 1""")
                .setParameter("year", year).executeUpdate();
        Object[] counter = session.createNativeQuery(
                "SELECT year_no, last_value FROM receipt_number_counter WHERE id = 1", Object[].class).getSingleResult();
        return format(((Number) counter[0]).intValue(), ((Number) counter[1]).intValue());
    }

    /** The current year by the database server's clock, in {@code cityZone}. */
    static int databaseYear(Session session, ZoneId cityZone) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement now = connection.prepareStatement("SELECT CURRENT_TIMESTAMP");
                 ResultSet rs = now.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(cityZone).getYear();
            }
        });
    }

    static String format(int year, int number) {
        return String.format("R%d-%06d", year, number);
    }
}
