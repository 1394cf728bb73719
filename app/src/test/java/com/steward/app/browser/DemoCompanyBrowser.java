package com.steward.app.browser;

import com.steward.app.demo.DemoCalendar;
import com.steward.app.security.Role;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Browser tests of whole flows on the demo company (12 months of simulated contacts up to last month, seed 42; the
 * same properties for every subclass, so they share one Spring context): each test starts signed in
 * as {@link #role()}, and failed responses count as errors too.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=4000",
            "steward.demo.lake.seed=42",
            "steward.monitoring.cron=-",
            "steward.scorecards.cron=-"
        })
abstract class DemoCompanyBrowser extends BrowserSession {

    @Autowired
    Clock clock;

    /** The demo's dates: generated today, its simulated year ends with last month. */
    DemoCalendar calendar() {
        return DemoCalendar.of(clock);
    }

    /** The role each test signs in as. */
    Role role() {
        return Role.MANAGER;
    }

    @BeforeEach
    void signInAsRole() {
        page.onResponse(response -> {
            if (response.status() >= 400) {
                scriptErrors.add(response.status() + " " + response.url());
            }
        });
        signIn(role());
    }
}
