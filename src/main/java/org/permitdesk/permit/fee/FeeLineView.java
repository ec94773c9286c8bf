package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.time.Instant;

/** A fee line on a permit, for screens and receipts. */
public record FeeLineView(long id, String description, BigDecimal amount, FeeSource source, String reason,
                          String createdBy, Instant createdAt) {
}
