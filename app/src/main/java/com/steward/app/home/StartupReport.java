package com.steward.app.home;

import java.lang.management.ManagementFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints one line when Steward is ready: where to browse, where the data lives, how long start-up took. */
@Component
class StartupReport {

    private final Environment environment;

    StartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null
                || web.getWebServer().getPort() < 0) {
            return;
        }
        long startedMillis = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(
                "Steward is running at http://localhost:%d (data: %s, database: %s), ready %.1f s after JVM start%n",
                web.getWebServer().getPort(),
                environment.getProperty("steward.data-dir"),
                environment.getProperty("spring.datasource.url"),
                startedMillis / 1000.0);
    }
}
