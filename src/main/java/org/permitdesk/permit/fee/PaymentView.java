package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment taken for a permit, for screens and receipts. */
public record PaymentView(long id, String receiptNumber, BigDecimal amount, PaymentMethod method, String reference,
                          String payerName, String receivedBy, Instant receivedAt) {

    /** The same payment with who received it as a person reads it (the staff member's full name). */
    public PaymentView receivedBy(String name) {
        return new PaymentView(id, receiptNumber, amount, method, reference, payerName, name, receivedAt);
    }
}
