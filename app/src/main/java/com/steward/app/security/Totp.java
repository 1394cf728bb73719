package com.steward.app.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (TOTP) over RFC 4226 (HOTP): the code for a time is HMAC(secret, the number
 * of 30-second steps since 1970) truncated dynamically to {@code digits} decimal digits. Authenticator apps use SHA-1,
 * 6 digits, 30 s; the RFC's Appendix B test vectors use 8 digits and all three hashes. Pure functions, no Spring.
 */
public final class Totp {

    /** The HMAC of RFC 6238 §1.2. */
    public enum Algorithm {
        SHA1("HmacSHA1"),
        SHA256("HmacSHA256"),
        SHA512("HmacSHA512");

        private final String mac;

        Algorithm(String mac) {
            this.mac = mac;
        }
    }

    /** Seconds per time step (RFC 6238's default X = 30). */
    public static final long STEP_SECONDS = 30;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** The time step of {@code unixSeconds}: T = floor(unixSeconds / 30). */
    public static long step(long unixSeconds) {
        return Math.floorDiv(unixSeconds, STEP_SECONDS);
    }

    /** The code at {@code unixSeconds}, with leading zeros (RFC 6238 Appendix A's {@code generateTOTP}). */
    public static String code(byte[] secret, long unixSeconds, int digits, Algorithm algorithm) {
        return codeAtStep(secret, step(unixSeconds), digits, algorithm);
    }

    /** The code of time step {@code step} (HOTP with the step as counter, RFC 4226 §5.3 dynamic truncation). */
    public static String codeAtStep(byte[] secret, long step, int digits, Algorithm algorithm) {
        if (digits < 6 || digits > 9) {
            throw new IllegalArgumentException("digits must be 6 to 9, was " + digits);
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm.mac);
            mac.init(new SecretKeySpec(secret, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.mac + " is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int modulus = (int) Math.pow(10, digits);
        String code = Integer.toString(binary % modulus);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step at which {@code code} (6 digits, SHA-1) is valid at {@code unixSeconds}, allowing {@code window} steps
     * of clock drift either way and refusing any step at or before {@code lastUsedStep} (a code works once); empty
     * when it is not valid.
     */
    public static OptionalLong verify(byte[] secret, String code, long unixSeconds, int window, long lastUsedStep) {
        String typed = code.replace(" ", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = step(unixSeconds);
        for (long s = now - window; s <= now + window; s++) {
            boolean same = MessageDigest.isEqual(
                    codeAtStep(secret, s, 6, Algorithm.SHA1).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
            if (same && s > lastUsedStep) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    /** A new random 160-bit secret (RFC 4226 §4 recommends 160 bits). */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The {@code otpauth://} URI authenticator apps read (as text or a QR code the user makes), Key Uri Format. */
    public static String otpauthUri(String issuer, String account, byte[] secret) {
        String label = urlEncode(issuer) + ":" + urlEncode(account);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + urlEncode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    /** RFC 4648 Base32 without padding, as authenticator apps expect. */
    public static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** Reads RFC 4648 Base32 (any case, spaces and padding ignored). */
    public static byte[] fromBase32(String text) {
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: '" + c + "'");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }

    private static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
