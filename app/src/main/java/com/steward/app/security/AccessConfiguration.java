package com.steward.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What holds with or without HTTP: method security ({@code @PreAuthorize(Roles.X)} on services and controllers) and
 * password hashing. The command line runs without a web server, so the web rules live apart, in
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
}
