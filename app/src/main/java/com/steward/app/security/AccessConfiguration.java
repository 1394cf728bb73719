package com.steward.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What holds with or without HTTP: method security ({@code @PreAuthorize(Roles.X)} on services and controllers),
 * password hashing and the session registry. The command line runs without a web server, so the web rules live apart, in
 * {@link SecurityConfiguration}.
 */
@Configuration
@EnableMethodSecurity
class AccessConfiguration {

    /** bcrypt cost: see docs/security.md for the measured sign-in latency behind the default. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${steward.security.bcrypt-cost:10}") int cost) {
        return PasswordHashing.encoder(cost);
    }

    /** Who is signed in where, so that a password change can end a user's other sessions (also from the CLI). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }
}
