package org.permitdesk.platform.security;

import java.security.SecureRandom;

/** Random temporary passwords, easy to read aloud or type: no 0/O, 1/l/I. */
public final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    /** Three groups of four characters, e.g. {@code Hq7x-mT3p-Zk9a}: 12 random characters, about 70 bits. */
    public String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
