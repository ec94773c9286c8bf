package org.permitdesk.account;

import java.util.List;
import java.util.Optional;

/**
 * Existing accounts that may be the same person or business as a new one. An account with the same
 * licence number (or the same username) blocks creating: the request is linked to it instead. Likely
 * duplicates (same email, same phone, similar name) are shown side by side for the clerk to judge.
 */
public record DuplicateCheck(Optional<AccountSummary> sameUsername, List<LikelyDuplicate> likely) {

    public static DuplicateCheck none() {
        return new DuplicateCheck(Optional.empty(), List.of());
    }

    public boolean blocksCreating() {
        return sameUsername.isPresent();
    }

    /** An existing account and why it looks like the same one: "same email", "same phone", "similar name". */
    public record LikelyDuplicate(AccountSummary account, List<String> reasons) {
    }
}
