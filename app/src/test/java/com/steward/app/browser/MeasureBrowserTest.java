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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Monitoring on the demo company: a weekly EWMA check raises alerts for corvid, whose CSAT and FCR
 * really drop over the last three demo months, and none for acme, whose series is stable; the
 * control chart draws its limits. Also the scorecard runs page on the demo contracts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=4000",
            "steward.monitoring.cron=-",
            "steward.scorecards.cron=-",
            "steward.demo.lake.seed=42"
        })
@EmbeddedDatabase
@ExtendWith(Chromium.Available.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureBrowserTest {

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
        page.getByLabel("Username").fill(accounts.principal(Role.MANAGER).getUsername());
        page.getByLabel("Password").fill(accounts.passwords.get(Role.MANAGER));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshots().resolve(name))
                .setFullPage(true));
    }

    /** A Chart.js chart drew on its canvas: Chart.js registers every chart it renders. */
    private void assertChartDrawn(String canvasTestId) {
        assertThat(page.getByTestId(canvasTestId)).isVisible();
        // Deferred scripts may still be running right after navigation: wait (bounded) for the chart.
        page.waitForFunction(
                "id => { const c = document.querySelector(`[data-testid='${id}']`);"
                        + " return !!(window.Chart && Chart.getChart(c)); }",
                canvasTestId,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    @Test
    void aRealShiftRaisesAnAlertForTheDegradingVendorAndNoneForTheStableOne() {
        page.navigate(url("/monitoring"));
        page.getByTestId("check-now").click();
        var alerts = page.getByTestId("alert-table");
        assertThat(alerts.locator("tr[data-vendor=corvid]").first()).isVisible();
        assertThat(alerts.locator("tr[data-vendor=acme]").allTextContents())
                .as("alerts for the stable vendor acme")
                .isEmpty();
        screenshot("measure-alerts.png");

        page.navigate(url("/monitoring?vendor=corvid&metric=csat"));
        assertChartDrawn("spc-chart");
        screenshot("measure-control-chart.png");
        assertThat(scriptErrors).isEmpty();
    }

    @Autowired
    com.steward.app.scorecards.ScorecardRuns scorecardRuns;

    @Autowired
    com.steward.app.contracts.Contracts contracts;

    @Test
    void aScorecardRunFromTheLakeDrillsDownToQueues() {
        page.navigate(url("/scorecards"));
        assertThat(page.locator("main")).containsText("Acme");
        screenshot("measure-scorecards.png");

        var run = com.steward.app.contracts.ContractFixtures.as(accounts, Role.MANAGER, () -> {
            var acme = contracts.visibleContracts().stream()
                    .filter(c -> c.vendorName().startsWith("Acme"))
                    .findFirst()
                    .orElseThrow();
            return scorecardRuns.run(acme.id(), "2026-03");
        });
        page.navigate(url("/scorecards/runs/" + run.id()));
        assertThat(page.getByTestId("run-metrics")).containsText("CSAT");
        screenshot("measure-scorecard-run.png");
        page.getByTestId("drill-down").first().getByText("queue").click();
        assertThat(page.getByTestId("kpi-table")).containsText("acme");
        assertThat(page.locator("[data-testid=kpi-table] th").allTextContents()).contains("queue");
        assertThat(scriptErrors).isEmpty();
    }
}
