package org.permitdesk.staff;

import java.time.Instant;

/** The outcome of a sign-in attempt, each with what the sign-in window should say. */
public sealed interface SignInResult {

    record SignedIn(SignedInUser user) implements SignInResult {
    }

    /**
     * Unknown user or wrong password: deliberately the same answer for both, so it carries nothing (not even how many
     * tries are left) that only a real username could have.
     */
    record WrongCredentials() implements SignInResult {
    }

    record Locked(Instant until) implements SignInResult {
    }

    record Disabled() implements SignInResult {
    }
}
