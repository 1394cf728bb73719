package com.steward.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A Spring test on the demo company generated on a fixed day, {@link #TODAY} (Monday 2026-12-07, 10:00 UTC), through
 * an injected {@link Clock}: 12 simulated months (December 2025 … November 2026) of 4,000 contacts, seed 42, on the
 * embedded database; mail goes to an SMTP server on port 3025 (a test's GreenMail, where it registers one). Every test
 * class with this annotation shares one Spring context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EmbeddedDatabase
@AutoConfigureMockMvc
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=4000",
            "steward.demo.lake.seed=42",
            "steward.monitoring.cron=-",
            "steward.scorecards.cron=-",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025"
        })
@Import(DemoToday.FixedClock.class)
public @interface DemoToday {

    Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** The application's one clock, fixed at {@link #NOW}. */
    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {
        @Bean
        @Primary
        Clock fixedDemoClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
