package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;

/** The checks on manual fees and payments; each refusal says what to fix. */
final class FeeRules {

    static final int MAX_REFERENCE = 60;
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_REASON = 500;
    static final int MAX_PAYER = 120;

    private FeeRules() {
    }

    static void checkManualFee(String description, BigDecimal amount, String reason) {
        if (blank(description)) {
            throw new UserFacingException("Enter what the fee is for (a description for the fee line).");
        }
        if (description.strip().length() > MAX_DESCRIPTION) {
            throw new UserFacingException("Shorten the description to " + MAX_DESCRIPTION + " characters or fewer.");
        }
        if (amount == null || amount.signum() == 0) {
            throw new UserFacingException("Enter the fee amount (a negative amount is a credit); it can't be $0.00.");
        }
        checkCents(amount);
        if (blank(reason)) {
            throw new UserFacingException("Enter the reason for adding this fee by hand; it is kept with the permit.");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new UserFacingException("Shorten the reason to " + MAX_REASON + " characters or fewer.");
        }
    }

    /** Checks a payment against the balance due; returns the reference to store (null for none). */
    static String checkPayment(String permitNumber, BigDecimal amount, PaymentMethod method, String reference,
                               String payerName, BigDecimal balanceDue) {
        if (amount == null || amount.signum() <= 0) {
            throw new UserFacingException("Enter an amount greater than $0.00.");
        }
        checkCents(amount);
        if (method == null) {
            throw new UserFacingException("Choose how the payment was made: cash, check or card.");
        }
        String ref = blank(reference) ? null : reference.strip();
        if (method == PaymentMethod.CHECK && ref == null) {
            throw new UserFacingException("Enter the check number for a payment by check.");
        }
        if (method == PaymentMethod.CARD && ref == null) {
            throw new UserFacingException("Enter the card payment's reference (the approval or transaction number "
                    + "from the card terminal).");
        }
        if (ref != null && ref.length() > MAX_REFERENCE) {
            throw new UserFacingException("Shorten the check number or card reference to " + MAX_REFERENCE
                    + " characters or fewer.");
        }
        if (payerName != null && payerName.strip().length() > MAX_PAYER) {
            throw new UserFacingException("Shorten the payer's name to " + MAX_PAYER + " characters or fewer.");
        }
        checkBalance(permitNumber, amount, balanceDue);
        return ref;
    }

    private static void checkBalance(String permitNumber, BigDecimal amount, BigDecimal balanceDue) {
        if (balanceDue.signum() <= 0) {
            throw new UserFacingException("Permit " + permitNumber + " has no balance due, so there is nothing to pay. "
                    + "Assess or add its fees first.");
        }
        if (amount.compareTo(balanceDue) > 0) {
            throw new UserFacingException(Formats.money(amount) + " is more than the balance due on permit "
                    + permitNumber + " (" + Formats.money(balanceDue) + "): take at most "
                    + Formats.money(balanceDue) + ".");
        }
    }

    private static void checkCents(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new UserFacingException("Enter the amount in dollars and cents: " + amount.toPlainString()
                    + " has more than two decimals.");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
