package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.steward.app.reviewpack.PdfPages;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A quarter of governance on the demo company: the review pack of the quarter is downloaded from the page, opened
 * and rendered page by page as a reader would show it (the pages go to docs/screenshots).
 */
class GovernBrowserTest extends DemoCompanyBrowser {

    @org.springframework.beans.factory.annotation.Autowired
    com.steward.app.scorecards.ScorecardRuns scorecardRuns;

    @org.springframework.beans.factory.annotation.Autowired
    com.steward.app.contracts.Contracts contracts;

    @Test
    void theQuarterlyReviewPackDownloadsAndRendersWithItsChartsAndNumbers() throws Exception {
        page.navigate(url("/govern/review-packs"));
        page.getByText("Acme Contact Solutions").first().click();
        assertThat(page.getByTestId("pack-period")).hasValue("2026-Q1");
        screenshot("govern-review-packs.png");

        Download download =
                page.waitForDownload(() -> page.getByTestId("download-pack").click());
        assertThat(download.suggestedFilename()).isEqualTo("review-pack-acme-2026-Q1.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        PdfPages pages = PdfPages.read(pdf, 110);
        pages.writePng(Chromium.screenshots(), "review-pack-page");
        assertThat(pages.title()).contains("Acme Contact Solutions").contains("Q1 2026");
        assertThat(pages.pages()).isGreaterThanOrEqualTo(4);
        assertThat(pages.pageText(0))
                .containsIgnoringCase("Quarterly business review")
                .contains("Acme Contact Solutions");
        assertThat(pages.allText())
                .contains("Performance against the contract")
                .contains("CSAT")
                .contains("2026-03")
                .contains("Trends: twelve months")
                .contains("Transition gates")
                .contains("Alerts")
                .contains("Reviews, actions and promises")
                .contains("Promises kept on time")
                .contains("Relationship health")
                .contains("Pulse surveys")
                .contains("Key customers, called by our own staff")
                .contains("Page 2 of " + pages.pages());
        // The pack quotes the published run of the quarter's last month, as the scorecards feature stores it.
        var march =
                com.steward.app.contracts.ContractFixtures.as(accounts, com.steward.app.security.Role.MANAGER, () -> {
                    var acme = contracts.visibleContracts().stream()
                            .filter(c -> c.vendorName().startsWith("Acme"))
                            .findFirst()
                            .orElseThrow();
                    return scorecardRuns.runs(acme.id()).stream()
                            .filter(r -> r.period().equals("2026-03")
                                    && r.status() == com.steward.app.scorecards.RunStatus.PUBLISHED)
                            .findFirst()
                            .orElseThrow();
                });
        assertThat(pages.allText())
                .contains("2026-03 "
                        + String.format(
                                java.util.Locale.ROOT, "%.1f", march.numbers().score()) + " "
                        + march.numbers().breaches() + " ");
        // The cover is a full-bleed colour page; the scorecard page carries tables and charts, not a blank page.
        assertThat(pages.inkCoverage(0)).isGreaterThan(0.7);
        assertThat(pages.inkCoverage(1)).isBetween(0.03, 0.6);
        assertThat(scriptErrors).isEmpty();
    }
}
