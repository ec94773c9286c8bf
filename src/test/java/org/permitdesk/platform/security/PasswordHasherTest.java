package org.permitdesk.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aPasswordMatchesItsHashAndNoOtherPassword() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hasher.matches("correct horse battery", hash));
        assertFalse(hasher.matches("correct horse batterY", hash));
        assertFalse(hasher.matches("correct horse battery", null));
    }

    @Test
    void theDecoyHashIsMadeWithTheParametersOfNewHashesSoUnknownUsersTakeAsLongAsWrongPasswords() {
        String parameters = hasher.hash("any password").replaceAll("\\$[^$]*\\$[^$]*$", "");
        assertEquals(parameters, PasswordHasher.DECOY_HASH.replaceAll("\\$[^$]*\\$[^$]*$", ""),
                "make a new DECOY_HASH with the new parameters (hash a long random password and forget it)");
        assertFalse(hasher.matches("decoy-password-for-unknown-users", PasswordHasher.DECOY_HASH));
    }
}
