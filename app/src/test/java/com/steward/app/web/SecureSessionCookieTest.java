package com.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

/** The session cookie takes the {@code __Host-} prefix, Secure and Path=/ only when HTTPS is configured. */
class SecureSessionCookieTest {

    @Test
    void httpsNamesTheCookieWithTheHostPrefixAndMakesItSecure() {
        MockServletContext context = new MockServletContext();
        context.getSessionCookieConfig().setPath("/steward");
        context.getSessionCookieConfig().setDomain("example.com");
        new SecureSessionCookie(true).onStartup(context);
        assertThat(context.getSessionCookieConfig().getName()).isEqualTo("__Host-steward");
        assertThat(context.getSessionCookieConfig().isSecure()).isTrue();
        assertThat(context.getSessionCookieConfig().getPath()).isEqualTo("/");
        assertThat(context.getSessionCookieConfig().getDomain()).isNull();
    }

    @Test
    void plainHttpKeepsTheDefaultCookie() {
        MockServletContext context = new MockServletContext();
        String before = context.getSessionCookieConfig().getName();
        new SecureSessionCookie(false).onStartup(context);
        assertThat(context.getSessionCookieConfig().getName()).isEqualTo(before);
        assertThat(context.getSessionCookieConfig().isSecure()).isFalse();
    }
}
