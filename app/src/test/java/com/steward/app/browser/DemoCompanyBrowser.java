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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signed-in headless Chromium against the application running the demo company (12 months of
 * simulated contacts, seed 42; the same properties for every subclass, so they share one context),
 * for the browser tests of whole flows: one browser per class, a fresh context per test signed in as {@link #role()}, every page
 * error, console error and failed response collected in {@link #scriptErrors}, screenshots for the docs.
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
@EmbeddedDatabase
@ExtendWith(Chromium.Available.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoCompanyBrowser {

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

    /** The role each test signs in as. */
    Role role() {
        return Role.MANAGER;
    }

    @BeforeEach
    void signIn() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        scriptErrors.clear();
        page.onPageError(error -> scriptErrors.add(error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                scriptErrors.add(response.status() + " " + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                scriptErrors.add(message.text());
            }
        });
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(accounts.principal(role()).getUsername());
        page.getByLabel("Password").fill(accounts.passwords.get(role()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

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
    }
}
