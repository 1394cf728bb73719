package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.rollout.RolloutFixtures;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
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
 * The phased roll-out on the demo company: corvid, which degrades over the last three demo months,
 * fails its CSAT and FCR gates against in-house; the manager records a NO-GO with that evidence.
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
class TransitionBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    TransitionPlans plans;

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
    void theDegradingVendorFailsItsGatesAndANoGoIsRecordedWithTheEvidence() {
        long corvid = vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals("corvid"))
                .findFirst()
                .orElseThrow()
                .id();
        TransitionPlan plan = ContractFixtures.as(
                accounts,
                Role.MANAGER,
                () -> plans.create(RolloutFixtures.pilot(
                        corvid,
                        "Corvid pilot, all queues",
                        java.time.LocalDate.of(2026, 1, 1),
                        java.time.LocalDate.of(2026, 3, 31),
                        List.of())));

        page.navigate(url("/transition/plans/" + plan.id()));
        var gates = page.getByTestId("gate-table");
        assertThat(gates.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("csat")))
                .containsText("FAIL");
        assertThat(gates.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("fcr")))
                .containsText("FAIL");
        screenshot("transition-gates.png");

        page.locator("select[name=decision]").first().selectOption("NO_GO");
        page.locator("textarea[name=rationale]").first().fill("CSAT and FCR below in-house beyond the margin.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision with the evidence above"))
                .first()
                .click();
        assertThat(page.getByTestId("decision-list").first()).containsText("NO_GO");
        screenshot("transition-decision.png");

        long phase = plan.phases().getFirst().id();
        page.navigate(url("/transition/phases/" + phase + "/comparison"));
        assertThat(page.locator("main"))
                .containsText(java.util.regex.Pattern.compile("csat", java.util.regex.Pattern.CASE_INSENSITIVE));
        screenshot("transition-comparison.png");
        assertThat(scriptErrors).isEmpty();
    }
}
