package org.permitdesk.account;

import java.time.Instant;
import org.permitdesk.account.request.AccountType;

/** A request as the inbox lists it. */
public record RequestSummary(long id, Instant receivedAt, RequestSource source, String sourceName, String subject,
                             String sender, AccountType accountType, String displayName, int problemCount,
                             RequestStatus status, String statusReason, Long accountId, String handledBy,
                             Instant handledAt, long version) {

    /** "Contractor · Desert Sun Roofing" or the subject when the request could not be read. */
    public String title() {
        String who = displayName != null && !displayName.isBlank() ? displayName
                : subject != null && !subject.isBlank() ? subject : "(no subject)";
        return accountType == null ? who : accountType.displayName() + " \u00b7 " + who;
    }
}
