package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The product tour on the demo company (a small simulated lake): the Decide and Govern pages
 * render their charts in a real Chromium without script errors; the screenshots feed the README.
 */
class TourBrowserTest extends DemoCompanyBrowser {

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
        page.navigate(url("/govern/kpis?from=" + calendar().firstMonth().atDay(1) + "&to="
                + calendar().lastMonth().atEndOfMonth() + "&by=handled_by&period=month&metric=csat"));
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
