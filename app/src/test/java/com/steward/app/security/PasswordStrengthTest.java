package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The estimator against cases whose answer is known: zxcvbn's published scores for well-known examples (Wheeler 2016,
 * and the demo at dropbox.github.io/zxcvbn: "password" 0, "correcthorsebatterystaple" 4), and properties (a
 * patternless password gains bits with every character; bits match a hand computation for pure brute force).
 */
class PasswordStrengthTest {

    static PasswordStrength.Verdict of(String password) {
        return PasswordStrength.estimate(password, List.of());
    }

    @Test
    void commonPasswordsAndTheirDisguisesScoreLow() {
        assertThat(of("password").score()).isZero();
        assertThat(of("P@ssw0rd").score()).isZero();
        assertThat(of("password123").score()).isLessThanOrEqualTo(1);
        assertThat(of("Password123!").score()).isLessThan(3);
        assertThat(of("qwertyuiop12").score()).isLessThan(3);
        assertThat(of("aaaaaaaaaaaaaaaa").score()).isLessThan(3);
        assertThat(of("abcdefghijklmnop").score()).isLessThan(3);
        assertThat(of("iloveyou2024").score()).isLessThan(3);
        assertThat(of("steward-steward").score()).isLessThan(3);
    }

    @Test
    void theUsersOwnNamesCountAsGuessable() {
        String name = "margaretthatcher";
        assertThat(PasswordStrength.estimate(name + "1", List.of("margaretthatcher", "Margaret Thatcher"))
                        .score())
                .isLessThan(3);
        assertThat(of(name + "1").score())
                .as("without the personal words it is long letters")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void passphrasesAndRandomPasswordsScoreHigh() {
        assertThat(of("correcthorsebatterystaple").score()).isEqualTo(4);
        assertThat(of("kQ7#vL2pXz9w").score()).isEqualTo(4);
        assertThat(of("ABCDEFGHIJKLMNOPQRST").score())
                .as("a sequence, however long, stays weak")
                .isLessThan(3);
    }

    @Test
    void bruteForceBitsAreTheSumOverCharactersPlusOneBitPerJoin() {
        // "x7" → no pattern: log2(26) + 1 + log2(10)
        double expected = Math.log(26) / Math.log(2) + 1 + Math.log(10) / Math.log(2);
        assertThat(of("x7").bits()).isCloseTo(expected, offset(1e-9));
    }

    @Test
    void aPatternlessPasswordGainsBitsWithEveryCharacter() {
        String random = "h3K!q9zPw@2mT";
        for (int i = 1; i < random.length(); i++) {
            assertThat(of(random.substring(0, i + 1)).bits())
                    .isGreaterThan(of(random.substring(0, i)).bits());
        }
    }

    @Test
    void weakVerdictsSayWhy() {
        assertThat(of("password2024").feedback()).contains("Too easy to guess");
        assertThat(of("").feedback()).isEqualTo("Enter a password.");
    }
}
