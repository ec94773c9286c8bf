package org.permitdesk.platform.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes (PHC string format, salt included). Plain passwords are never stored. */
public final class PasswordHasher {

    // 19 MiB, 2 passes, 1 lane: the OWASP minimum for Argon2id. A check takes 0.14-0.22 s on the project's two slow
    // cores with the full JIT, 0.21-0.34 s with the quick compiler only, the first of a start 0.5-0.6 s (2026-11-30).
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /**
     * The hash of a random password nobody knows, made with the parameters above: checked against when a
     * username is unknown, so that the answer takes as long as for a wrong password. A constant rather than
     * hashed at start-up, where one Argon2id hash cost 0.1–0.2 s before the sign-in could be used
     * (docs/benchmarks.md, "Cold start"). {@code PasswordHasherTest} fails if the parameters change without it.
     */
    public static final String DECOY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$GBy7RPD3LmqUCI3B1YVtAw$IldRwZXGb5rBeTItQ+SRQDW2+ISYPSoFh0HK/2rAzwM";

    public String hash(CharSequence password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(CharSequence password, String storedHash) {
        if (storedHash == null || storedHash.isBlank()) {
            return false;
        }
        return Password.check(password, storedHash).with(ARGON2ID);
    }
}
