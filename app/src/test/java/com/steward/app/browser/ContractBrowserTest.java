package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Contracts in a real headless Chromium: create, scorecard with its warning, results and chart, team, vendor view. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractBrowserTest extends BrowserSession {

    @Autowired
    Contracts contracts;

    private void signOut() {
        page.getByTestId("sign-out").click();
        page.waitForURL(u -> u.contains("/login"));
    }

    private com.microsoft.playwright.Locator exact(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aManagerContractsAVendorAnAnalystRecordsResultsAndTheVendorSeesItsOwnScorecard() {
        signIn(Role.MANAGER);
        page.navigate(url("/contract"));
        page.locator("main .tools").getByText("Contracts and scorecards").click();
        page.getByText("New contract").click();
        page.getByLabel("Vendor").selectOption(Long.toString(accounts.ownVendor.id()));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Luxury care 2026");
        page.getByLabel("Status").selectOption("ACTIVE");
        // the results below are for 2026-01..04: months outside the term have no score (honest runs)
        page.getByLabel("Term start").fill("2026-01-01");
        page.getByLabel("Term end").fill("2028-12-31");
        page.getByLabel("Expected monthly invoice").fill("120000");
        page.getByLabel("Queues (comma-separated)").fill("care, vip");
        page.getByText("Create contract").click();

        // the scorecard form: operational metrics dominate first
        assertThat(page.locator("h1")).hasText("Scorecard");
        exact("Metric 1").selectOption("csat");
        exact("Target 1").fill("0.85");
        exact("Threshold 1").fill("0.75");
        exact("Weight 1").fill("30");
        exact("Metric 2").selectOption("service_level");
        exact("Target 2").fill("0.8");
        exact("Threshold 2").fill("0.7");
        exact("Weight 2").fill("40");
        exact("Metric 3").selectOption("aht");
        exact("Target 3").fill("300");
        exact("Threshold 3").fill("360");
        exact("Weight 3").fill("30");
        page.getByText("Save scorecard").click();
        assertThat(page.getByTestId("form-error")).containsText("Operational metrics dominate");
        screenshot("contract-scorecard-warning.png");

        // quality first: CSAT 40, QA 30, AHT 30
        exact("Weight 1").fill("40");
        exact("Metric 2").selectOption("qa");
        exact("Target 2").fill("90");
        exact("Threshold 2").fill("80");
        exact("Weight 2").fill("30");
        page.getByText("Save scorecard").click();
        assertThat(page.getByTestId("contract-name")).hasText("Luxury care 2026");
        assertThat(page.getByTestId("quality-share")).hasText("70 %");
        String contractUrl = page.url();
        signOut();

        signIn(Role.ANALYST);
        page.navigate(contractUrl);
        String[][] months = {
            {"2026-01", "0.82", "85", "330"}, // 58 → watch
            {"2026-02", "0.80", "88", "320"}, // 64 → remediation
            {"2026-03", "0.90", "95", "280"}, // 100 → green
            {"2026-04", "0.86", "91", "295"} // 100 → green
        };
        for (String[] m : months) {
            exact("Month").fill(m[0]);
            exact("CSAT (top-2-box)").fill(m[1]);
            exact("QA score").fill(m[2]);
            exact("Average handle time").fill(m[3]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                    .click();
            assertThat(page.locator(".notice")).containsText(m[0]);
        }
        assertThat(page.getByTestId("results-table")).containsText("58.0");
        assertThat(page.getByTestId("standing")).hasText("GREEN");
        assertThat(page.getByTestId("total-credited"))
                .hasText("21,600.00"); // Jan 58 → 10 % (cap), Feb 64 → 16 × 0.5 = 8 %: 18 % of 120,000
        page.waitForFunction("() => document.querySelector('[data-testid=score-chart]').dataset.drawn === 'true'");
        screenshot("contract-results.png");

        page.getByTestId("team-link").click();
        exact("Agent id").fill("LX-001");
        exact("Start date").fill("2025-01-06");
        page.getByLabel("Training modules completed (comma-separated)").fill("Luxury care, Clienteling");
        exact("Certified on").fill("2025-02-14");
        page.getByText("Add agent").click();
        exact("Agent id").fill("LX-002");
        exact("Start date").fill("2025-03-03");
        page.getByText("Add agent").click();
        assertThat(page.getByTestId("headcount")).hasText("2");
        assertThat(page.getByTestId("share-dedicated")).hasText("100 %");
        screenshot("contract-team.png");
        signOut();

        signIn(Role.VENDOR);
        page.navigate(url("/contracts"));
        assertThat(page.getByTestId("contract-table")).containsText("Luxury care 2026");
        page.getByText("Luxury care 2026").click();
        assertThat(page.getByTestId("scorecard-table")).containsText("CSAT");
        assertThat(page.locator("body")).not().containsText("120,000");
        assertThat(page.getByTestId("pricing")).hasCount(0);
        assertThat(page.getByTestId("team-link")).hasCount(0);
        screenshot("contract-vendor-view.png");
    }

    @Test
    void aVendorUserCannotOpenAnotherVendorsContract() {
        Contract other = ContractFixtures.as(
                accounts,
                Role.ADMIN,
                () -> contracts.create(ContractFixtures.contractFor(accounts.otherVendor.id(), "Not yours")));
        signIn(Role.VENDOR);
        Response response = page.navigate(url("/contracts/" + other.id()));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("Not yours");
    }
}
