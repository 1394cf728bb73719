package com.steward.app.users;

import java.security.SecureRandom;

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

    /** A password a person chooses: at least 12 characters, not all the same character. */
    static String checkChosen(String password) {
        if (password == null || password.length() < 12) {
            throw new com.steward.app.web.InvalidRequestException(
                    "password", "The password must have at least 12 characters");
        }
        if (password.length() > 200) {
            throw new com.steward.app.web.InvalidRequestException(
                    "password", "The password must have at most 200 characters");
        }
        if (password.chars().distinct().count() < 4) {
            throw new com.steward.app.web.InvalidRequestException(
                    "password", "The password must use at least 4 different characters");
        }
        return password;
    }
}
