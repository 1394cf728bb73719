package com.steward.app.users;

import com.steward.app.web.InvalidRequestException;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/** Random one-time passwords: 20 characters from an alphabet without look-alikes (~114 bits). */
final class Passwords {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static String random() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }

    /** Longest password a person may choose; every character counts (PasswordHashing pre-hashes for bcrypt). */
    static final int MAX_LENGTH = 128;

    /** A password a person chooses: 12 to 128 characters, at least 4 different ones. */
    static String checkChosen(@Nullable String password) {
        if (password == null || password.length() < 12) {
            throw new InvalidRequestException("password", "The password must have at least 12 characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidRequestException(
                    "password", "The password must have at most " + MAX_LENGTH + " characters");
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidRequestException("password", "The password must use at least 4 different characters");
        }
        return password;
    }
}
