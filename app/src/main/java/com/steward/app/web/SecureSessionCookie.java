package com.steward.app.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * With {@code steward.web.https=true} (Steward is reached over HTTPS only, directly or behind a trusted proxy) the
 * session cookie is named {@code __Host-steward} and is {@code Secure} with {@code Path=/} and no domain: the
 * {@code __Host-} prefix makes browsers refuse it unless so, so neither plain HTTP nor a sibling domain can set or
 * overwrite it. Off by default: a plain-HTTP installation (localhost) could not keep a Secure cookie. Runs after
 * Spring Boot applies {@code server.servlet.session.cookie.*}, so it wins.
 */
@Component
class SecureSessionCookie implements ServletContextInitializer {

    static final String NAME = "__Host-steward";

    private final boolean https;

    SecureSessionCookie(@Value("${steward.web.https:false}") boolean https) {
        this.https = https;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (https) {
            SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
            cookie.setName(NAME);
            cookie.setSecure(true);
            cookie.setPath("/");
            cookie.setDomain(null);
        }
    }
}
