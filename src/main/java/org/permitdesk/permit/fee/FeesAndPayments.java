package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A permit's fees and payments for the fees screen: the fee lines, the payments (oldest first), their
 * totals and the balance due (negative when more was paid than is now owed, e.g. after a credit).
 * {@code basis} is what the last assessment used, empty before the first one.
 */
public record FeesAndPayments(long permitId, String permitNumber, BigDecimal valuation, Optional<FeeBasis> basis,
                              List<FeeLineView> lines, List<PaymentView> payments, BigDecimal total, BigDecimal paid,
                              BigDecimal balanceDue) {

    public FeesAndPayments {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }
}
