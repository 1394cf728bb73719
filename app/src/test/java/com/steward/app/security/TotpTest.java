package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B's test vectors (8 digits, 30 s steps), RFC 4648's Base32 vectors, and the verify rules. */
class TotpTest {

    static final byte[] SEED20 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SEED32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SEED64 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0}s {2}")
    @CsvSource({
        "59, 0000000000000001, 94287082, SHA1",
        "59, 0000000000000001, 46119246, SHA256",
        "59, 0000000000000001, 90693936, SHA512",
        "1111111109, 00000000023523EC, 07081804, SHA1",
        "1111111109, 00000000023523EC, 68084774, SHA256",
        "1111111109, 00000000023523EC, 25091201, SHA512",
        "1111111111, 00000000023523ED, 14050471, SHA1",
        "1111111111, 00000000023523ED, 67062674, SHA256",
        "1111111111, 00000000023523ED, 99943326, SHA512",
        "1234567890, 000000000273EF07, 89005924, SHA1",
        "1234567890, 000000000273EF07, 91819424, SHA256",
        "1234567890, 000000000273EF07, 93441116, SHA512",
        "2000000000, 0000000003F940AA, 69279037, SHA1",
        "2000000000, 0000000003F940AA, 90698825, SHA256",
        "2000000000, 0000000003F940AA, 38618901, SHA512",
        "20000000000, 0000000027BC86AA, 65353130, SHA1",
        "20000000000, 0000000027BC86AA, 77737706, SHA256",
        "20000000000, 0000000027BC86AA, 47863826, SHA512"
    })
    void matchesRfc6238AppendixB(long unixSeconds, String stepHex, String expected, Totp.Algorithm algorithm) {
        byte[] seed = switch (algorithm) {
            case SHA1 -> SEED20;
            case SHA256 -> SEED32;
            case SHA512 -> SEED64;
        };
        assertThat(Totp.step(unixSeconds)).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(Totp.code(seed, unixSeconds, 8, algorithm)).isEqualTo(expected);
    }

    @Test
    void base32MatchesRfc4648AndRoundTrips() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(new String(Totp.fromBase32("mzxw6ytboi======"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        byte[] secret = Totp.newSecret();
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndOnlyOnce() {
        long now = 1_111_111_111L;
        String current = Totp.code(SEED20, now, 6, Totp.Algorithm.SHA1);
        // the 6-digit code is the last 6 digits of the 8-digit one (same truncation, smaller modulus)
        assertThat(current).isEqualTo("050471");
        assertThat(Totp.verify(SEED20, current, now, 1, -1)).hasValue(Totp.step(now));
        assertThat(Totp.verify(SEED20, current, now + 30, 1, -1))
                .as("one step late")
                .hasValue(Totp.step(now));
        assertThat(Totp.verify(SEED20, current, now + 90, 1, -1))
                .as("three steps late")
                .isEmpty();
        assertThat(Totp.verify(SEED20, current, now, 1, Totp.step(now)))
                .as("used already")
                .isEmpty();
        assertThat(Totp.verify(SEED20, "12345", now, 1, -1)).isEmpty();
    }

    @Test
    void theOtpauthUriCarriesTheSecretAndIssuer() {
        assertThat(Totp.otpauthUri("Steward", "pat doe", "foobar".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("otpauth://totp/Steward:pat%20doe?secret=MZXW6YTBOI&issuer=Steward"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
