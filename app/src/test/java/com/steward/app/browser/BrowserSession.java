package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A headless Chromium against the application under test: one browser per test class, a fresh
 * 1280 px context per test, page and console errors collected in {@link #scriptErrors}, sign-in as a
 * role of {@link #accounts} (or any user), screenshots for the docs. Subclasses add their
 * {@code @SpringBootTest} (with a random port).
 */
@EmbeddedDatabase
@ExtendWith(Chromium.Available.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {

    @LocalServerPort
    int port;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;
    TestAccounts accounts;
    final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    void startBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        accounts = TestAccounts.create(vendors, users);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        openContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /** Replaces the test's browser context (e.g. with a phone viewport). */
    void openContext(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(options);
        page = context.newPage();
        scriptErrors.clear();
        page.onPageError(scriptErrors::add);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                scriptErrors.add(message.text());
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
        context = null;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Role role) {
        signIn(accounts.principal(role).getUsername(), accounts.passwords.get(role));
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        // After a redirected visit Spring Security appends "?continue" to the saved request.
        page.waitForURL(u -> !u.contains("/login"));
        if (page.url().contains("mustChange")) {
            // a one-time password (every fixture's) must be replaced first: choose one, as a person would, and go home
            page.getByLabel("Current password").fill(password);
            page.getByLabel("New password").fill(CHOSEN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                    .click();
            page.waitForURL(u -> u.endsWith("/account"));
            accounts.principals.forEach((role, user) -> {
                if (user.getUsername().equals(username)) {
                    accounts.passwords.put(role, CHOSEN_PASSWORD);
                }
            });
            page.navigate(url("/"));
        }
    }

    /** The password the fixtures' users choose at their first sign-in (strong enough for the policy). */
    static final String CHOSEN_PASSWORD = "Lantern-quartz-Harbour-73";

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshots().resolve(name))
                .setFullPage(true));
    }

    /** A Chart.js chart drew on its canvas: Chart.js registers every chart it renders. */
    void assertChartDrawn(String canvasTestId) {
        assertThat(page.getByTestId(canvasTestId)).isVisible();
        // Deferred scripts may still be running right after navigation: wait (bounded) for the chart.
        page.waitForFunction(
                "id => { const c = document.querySelector(`[data-testid='${id}']`);"
                        + " return !!(window.Chart && Chart.getChart(c)); }",
                canvasTestId,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        // Jump to the end of any animation, so a screenshot shows the real values, not a frame of it: waiting for
        // "not running" raced with an animation that had not started yet on a loaded machine.
        page.evaluate(
                "id => { const chart = Chart.getChart(document.querySelector(`[data-testid='${id}']`));"
                        + " chart.stop(); chart.options.animation = false; chart.update('none'); }",
                canvasTestId);
    }
}
