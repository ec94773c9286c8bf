package org.permitdesk.permit.fee;

import org.hibernate.Session;

/**
 * Hands out receipt numbers "R2026-000042": numbered within each calendar year, never twice, none skipped.
 * The one counter row stays locked until the payment's transaction ends, so payments taken at the same
 * moment by two clerks wait for each other, and a payment that is rolled back gives its number back.
 */
final class ReceiptNumbers {

    private ReceiptNumbers() {
    }

    static String next(Session session, int year) {
        session.createNativeMutationQuery("""
                        UPDATE receipt_number_counter
                        SET last_value = CASE WHEN year_no = :year THEN last_value + 1 ELSE 1 END, year_no = :year
                        WHERE id = 1""")
                .setParameter("year", year).executeUpdate();
        Integer value = session.createNativeQuery("SELECT last_value FROM receipt_number_counter WHERE id = 1",
                Integer.class).getSingleResult();
        return format(year, value);
    }

    static String format(int year, int number) {
        return String.format("R%d-%06d", year, number);
    }
}
