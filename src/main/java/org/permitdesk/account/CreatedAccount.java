package org.permitdesk.account;

import java.time.Instant;

/**
 * An account with a new temporary password, to show the clerk once and put in the welcome email.
 * The password exists only in this object; the database keeps its hash.
 */
public record CreatedAccount(AccountSummary account, String temporaryPassword, Instant expiresAt) {

    @Override
    public String toString() {
        return "CreatedAccount[" + account.username() + ", temporary password hidden, expires " + expiresAt + "]";
    }
}
