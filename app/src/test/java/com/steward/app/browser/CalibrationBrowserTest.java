package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo company's closed QA calibration session, as the manager sees it (the page goes to docs/screenshots). */
class CalibrationBrowserTest extends DemoCompanyBrowser {

    @Test
    void theDemoSessionShowsReliabilityAlignmentAndRawVersusCalibratedQa() {
        page.navigate(url("/govern/calibration"));
        assertChartDrawn("calibration-trend");
        page.getByTestId("session-table").locator("a").first().click();
        assertThat(page.getByTestId("session-status")).hasText("CLOSED");
        assertThat(page.getByTestId("icc-table")).containsText("ICC(2,1)");
        assertThat(page.getByTestId("vendor-table")).containsText("Bluesky");
        assertThat(page.getByTestId("alignment-table")).containsText("bluesky-qa1");
        assertThat(page.getByTestId("dispute-table")).containsText("OPEN");
        assertChartDrawn("calibration-qa");
        screenshot("govern-calibration.png");
        assertThat(scriptErrors).isEmpty();
    }
}
