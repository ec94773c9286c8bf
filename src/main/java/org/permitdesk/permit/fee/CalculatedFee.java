package org.permitdesk.permit.fee;

import java.math.BigDecimal;

/** A fee line the calculator worked out: what it is, how much (to the cent) and where it came from. */
public record CalculatedFee(String description, BigDecimal amount, FeeSource source) {
}
