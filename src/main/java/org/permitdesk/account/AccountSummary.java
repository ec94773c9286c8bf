package org.permitdesk.account;

import java.time.Instant;
import org.permitdesk.account.request.AccountType;

/** An account as screens show it: detached, with who changed it last and its version for optimistic locking. */
public record AccountSummary(long id, AccountType type, String username, AccountDetails details, boolean disabled,
                             boolean mustChangePassword, Instant passwordExpiresAt, Instant createdAt,
                             String createdBy, Instant updatedAt, String updatedBy, long version) {

    public String displayName() {
        return details.displayName();
    }
}
