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
 * The product tour on the demo company (a small simulated lake): the Decide and Govern pages
 * render their charts in a real Chromium without script errors; the screenshots feed the README.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=3000",
            "steward.demo.lake.seed=42"
        })
@EmbeddedDatabase
@ExtendWith(Chromium.Available.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TourBrowserTest {

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
    void theStaffingCalculatorAndIntervalPlanShowResultsAndAChart() {
        page.navigate(url("/decide/staffing"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calculate"))
                .click();
        assertThat(page.getByTestId("p-wait")).isVisible();
        screenshot("decide-staffing.png");

        page.navigate(url("/decide/staffing/plan"));
        assertChartDrawn("plan-chart");
        assertThat(page.getByTestId("plan-table")).isVisible();
        screenshot("decide-plan.png");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void aBusinessCaseIsEvaluatedChartedAndItsSavingsRiskSimulated() {
        page.navigate(url("/decide/business-cases/new"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and evaluate"))
                .click();
        assertThat(page.getByTestId("evaluation-table")).isVisible();
        assertChartDrawn("cumulative-chart");
        screenshot("decide-business-case.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Savings risk"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simulate"))
                .click();
        assertThat(page.locator("main")).containsText("P50");
        screenshot("decide-savings-risk.png");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theKpiExplorerChartsTheDemoCompanyPerHandlerWithIntervalBands() {
        page.navigate(url("/govern/kpis?from=2025-04-01&to=2026-03-31&by=handled_by&period=month&metric=csat"));
        assertThat(page.getByTestId("kpi-table")).containsText("corvid");
        assertThat(page.getByTestId("kpi-table")).containsText("inhouse");
        assertChartDrawn("kpi-chart");
        screenshot("govern-kpis.png");

        page.navigate(url("/govern/imports"));
        assertThat(page.locator("main")).containsText("demo");
        screenshot("govern-imports.png");
        assertThat(scriptErrors).isEmpty();
    }
}
