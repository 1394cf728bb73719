package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The demo company's volume allocation: last week's plan, split by the transition phases; the heatmap on delivered
 * hours shows Bluesky short on Tuesday to Thursday afternoons and Acme on target; readable on a phone too.
 */
class AllocationBrowserTest extends DemoCompanyBrowser {

    @Test
    void theHeatmapShowsTheVendorThatUnderDelivers() {
        page.navigate(url("/transition/allocation"));
        page.getByTestId("allocation-plans").locator("a").first().click();
        assertThat(page.getByTestId("allocation-splits")).containsText("Billing TX and CA, 40 %");
        assertThat(page.getByTestId("allocation-adherence")).containsText("bluesky");

        page.navigate(page.url() + "/heatmap?basis=DELIVERED");
        Locator bluesky = page.getByTestId("heatmap-bluesky");
        Locator acme = page.getByTestId("heatmap-acme");
        assertThat(bluesky.locator("td.b-under2").count()).isGreaterThan(10);
        assertThat(acme.locator("td.b-under2").count()).isZero();
        bluesky.scrollIntoViewIfNeeded();
        screenshot("transition-allocation.png");

        openContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        signIn(role());
        page.navigate(url("/transition/allocation"));
        page.getByTestId("allocation-plans").locator("a").first().click();
        page.navigate(page.url() + "/heatmap?basis=DELIVERED");
        // the grid scrolls inside its frame; the page itself does not get wider than the phone
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(400);
        screenshot("transition-allocation-phone.png");
    }
}
