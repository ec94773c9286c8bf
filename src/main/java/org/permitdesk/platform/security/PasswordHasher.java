package org.permitdesk.platform.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes (PHC string format, salt included). Plain passwords are never stored. */
public final class PasswordHasher {

    // 19 MiB, 2 passes, 1 lane: the OWASP minimum for Argon2id; about 30 ms per check here.
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

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
