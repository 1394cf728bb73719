package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    private final PasswordEncoder encoder = PasswordHashing.encoder(4);

    @Test
    void everyCharacterOfALongPasswordCounts() {
        String a = "a".repeat(100) + "1";
        String b = "a".repeat(100) + "2";
        String hash = encoder.encode(a);
        assertThat(hash).startsWith("{bcrypt-sha256}$2a$04$");
        assertThat(encoder.matches(a, hash)).isTrue();
        // plain bcrypt reads 72 bytes: it cannot tell these apart (Spring Security even refuses them)
        assertThat(encoder.matches(b, hash)).isFalse();
    }

    @Test
    void earlierBcryptHashesStillVerifyAndLongInputDoesNotThrow() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("correct horse battery");
        assertThat(encoder.matches("correct horse battery", legacy)).isTrue();
        assertThat(encoder.matches("wrong", legacy)).isFalse();
        assertThat(encoder.matches("x".repeat(200), legacy)).isFalse();
    }

    @Test
    void anUnreadableUserStoreAnswers503NotBadCredentials() throws Exception {
        MockHttpServletResponse down = new MockHttpServletResponse();
        SecurityConfiguration.apiUnauthorized(
                new MockHttpServletRequest(), down, new InternalAuthenticationServiceException("database down"));
        assertThat(down.getStatus()).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        assertThat(down.getHeader("Retry-After")).isEqualTo("30");
        MockHttpServletResponse wrong = new MockHttpServletResponse();
        SecurityConfiguration.apiUnauthorized(new MockHttpServletRequest(), wrong, new BadCredentialsException("no"));
        assertThat(wrong.getStatus()).isEqualTo(401);
    }
}
