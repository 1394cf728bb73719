package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Monitoring on the demo company: a weekly EWMA check raises alerts for corvid, whose CSAT and FCR
 * really drop over the last three demo months, and none for acme, whose series is stable; the
 * control chart draws its limits. Also the scorecard runs page on the demo contracts.
 */
class MeasureBrowserTest extends DemoCompanyBrowser {

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
            return scorecardRuns.run(acme.id(), calendar().lastMonth().toString());
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
