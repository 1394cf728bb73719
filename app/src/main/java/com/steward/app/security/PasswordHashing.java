package com.steward.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: {@code {bcrypt-sha256}} hashes bcrypt over the Base64 of the password's SHA-256, so
 * that every character of a long password counts (bcrypt reads at most 72 bytes, and Spring Security refuses longer
 * input with an exception, which answered 500 to a new password of 73 bytes). Hashes stored earlier as
 * {@code {bcrypt}} still verify; a password over 72 bytes simply does not match them.
 */
public final class PasswordHashing {

    /** The encoding id of new hashes. */
    public static final String CURRENT = "bcrypt-sha256";

    /** bcrypt's input limit in bytes. */
    static final int BCRYPT_MAX_BYTES = 72;

    private PasswordHashing() {}

    /** The encoder for new hashes at bcrypt {@code cost} (log2 rounds), verifying older {@code {bcrypt}} ones too. */
    public static PasswordEncoder encoder(int cost) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(cost);
        return new DelegatingPasswordEncoder(
                CURRENT, Map.of(CURRENT, new PreHashed(bcrypt), "bcrypt", new PlainBcrypt(bcrypt)));
    }

    /** bcrypt over Base64(SHA-256(password)): 44 ASCII bytes whatever the password's length. */
    private record PreHashed(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {
        @Override
        public @Nullable String encode(@Nullable CharSequence raw) {
            return raw == null ? null : bcrypt.encode(digest(raw));
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
            return raw != null && bcrypt.matches(digest(raw), encoded);
        }
    }

    /** The earlier plain bcrypt hashes: verify only; a password bcrypt cannot read does not match. */
    private record PlainBcrypt(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {
        @Override
        public @Nullable String encode(@Nullable CharSequence raw) {
            throw new UnsupportedOperationException("new hashes are " + CURRENT);
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
            return raw != null
                    && raw.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
                    && bcrypt.matches(raw, encoded);
        }
    }

    private static String digest(CharSequence raw) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
