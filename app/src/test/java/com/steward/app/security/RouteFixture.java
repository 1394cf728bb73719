package com.steward.app.security;

import com.steward.app.support.TestAccounts;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Creates the records a feature's route samples point at and names them as placeholders
 * (e.g. {@code {ownMeeting}} → {@code 12}) for {@link RouteAccessIntegrationTest}. Every implementation
 * under {@code com.steward.app} with a no-argument constructor is found and run once, so a feature adds its
 * own fixture and its own {@code route-access/<feature>.csv} without touching shared files.
 */
public interface RouteFixture {

    Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts);
}
