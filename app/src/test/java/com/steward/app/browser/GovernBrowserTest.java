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
        // the pack's default is the quarter of the newest published month: the demo's last month
        String lastMonth = calendar().lastMonth().toString();
        com.steward.core.calendar.Quarter quarter =
                com.steward.core.calendar.Quarter.of(calendar().lastMonth().atDay(1));
        assertThat(page.getByTestId("pack-period")).hasValue(quarter.toString());
        screenshot("govern-review-packs.png");

        Download download =
                page.waitForDownload(() -> page.getByTestId("download-pack").click());
        assertThat(download.suggestedFilename()).isEqualTo("review-pack-acme-" + quarter + ".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        PdfPages pages = PdfPages.read(pdf, 110);
        pages.writePng(Chromium.screenshots(), "review-pack-page");
        assertThat(pages.title())
                .contains("Acme Contact Solutions")
                .contains("Q" + quarter.number() + " " + quarter.year());
        assertThat(pages.pages()).isGreaterThanOrEqualTo(4);
        assertThat(pages.pageText(0))
                .containsIgnoringCase("Quarterly business review")
                .contains("Acme Contact Solutions");
        assertThat(pages.allText())
                .contains("Performance against the contract")
                .contains("CSAT")
                .contains(lastMonth)
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
                            .filter(r -> r.period().equals(lastMonth)
                                    && r.status() == com.steward.app.scorecards.RunStatus.PUBLISHED)
                            .findFirst()
                            .orElseThrow();
                });
        assertThat(pages.allText())
                .contains(lastMonth + " "
                        + String.format(
                                java.util.Locale.ROOT, "%.1f", march.numbers().score()) + " "
                        + march.numbers().breaches() + " ");
        // The cover is a full-bleed colour page; the scorecard page carries tables and charts, not a blank page.
        assertThat(pages.inkCoverage(0)).isGreaterThan(0.7);
        assertThat(pages.inkCoverage(1)).isBetween(0.03, 0.6);
        assertThat(scriptErrors).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.steward.app.reviews.Reviews reviews;

    @org.springframework.beans.factory.annotation.Autowired
    com.steward.app.vendors.VendorRegister vendorRegister;

    @org.springframework.beans.factory.annotation.Autowired
    com.steward.app.users.UserDirectory userDirectory;

    /**
     * The quarter's review: the manager regenerates the QBR agenda from the published scorecard; Acme's account manager
     * (a VENDOR user) reports progress on its promise and closes its action; the health index sits beside the score.
     */
    @Test
    void aQuarterOfReviewsPromisesAndRelationshipHealthOnTheDemoCompany() {
        var as = com.steward.app.security.Role.MANAGER;
        long acme = com.steward.app.contracts.ContractFixtures.as(
                accounts,
                as,
                () -> vendorRegister.visibleVendors().stream()
                        .filter(v -> v.code().equals("acme"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        var qbr = com.steward.app.contracts.ContractFixtures.as(
                accounts,
                as,
                () -> reviews.meetings(acme).stream()
                        .filter(m -> m.kind() == com.steward.app.reviews.ReviewKind.QUARTERLY_BUSINESS_REVIEW
                                && m.status() == com.steward.app.reviews.MeetingStatus.HELD)
                        .reduce((a, b) -> b)
                        .orElseThrow());

        // Review generated: the agenda is rebuilt from current data and quotes the published scorecard.
        page.navigate(url("/govern/reviews/meetings/" + qbr.id()));
        page.getByTestId("regenerate-agenda").click();
        assertThat(page.getByTestId("agenda-performance")).containsText("Acme customer care");
        assertThat(page.getByTestId("attendees")).isVisible();
        screenshot("govern-review-meeting.png");

        // The vendor side: a VENDOR user bound to Acme.
        var open = com.steward.app.contracts.ContractFixtures.as(accounts, as, () -> {
            var promise = reviews.createPromise(new com.steward.app.reviews.PromiseInput(
                    acme,
                    qbr.id(),
                    "Send the Q2 staffing plan for the evening shift",
                    "Alex Romero",
                    com.steward.app.reviews.Side.VENDOR,
                    reviews.today(),
                    reviews.today().plusDays(14)));
            var action = reviews.createAction(new com.steward.app.reviews.ActionInput(
                    acme,
                    qbr.id(),
                    "Coach the night team on the refund policy",
                    "Priya Shah",
                    com.steward.app.reviews.Side.VENDOR,
                    reviews.today().plusDays(7),
                    null));
            return new long[] {promise.id(), action.id()};
        });
        var vendorUser = com.steward.app.support.TestAccounts.asSystem(
                () -> userDirectory.create(new com.steward.app.users.CreateUserCommand(
                        "acme-qbr-" + System.nanoTime() % 100000,
                        "Alex (Acme)",
                        null,
                        com.steward.app.security.Role.VENDOR,
                        acme)));
        context.clearCookies();
        signIn(vendorUser.account().username(), vendorUser.oneTimePassword());

        page.navigate(url("/govern/reviews/vendors/" + acme + "/promises"));
        assertChartDrawn("kept-chart");
        var row = page.getByTestId("promise-table")
                .locator(
                        "tr",
                        new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Send the Q2 staffing plan"));
        row.getByPlaceholder("progress").fill("Draft shared with the client's WFM lead");
        row.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Report"))
                .click();
        assertThat(page.getByTestId("promise-table")).containsText("Draft shared with the client's WFM lead");
        screenshot("govern-promises-vendor.png");

        page.navigate(url("/govern/reviews/actions/" + open[1]));
        page.locator("#status").selectOption("DONE");
        page.locator("#note").fill("All twelve night agents coached");
        page.getByTestId("action-update-form")
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        assertThat(page.getByTestId("action-status")).hasText("DONE");
        assertThat(page.getByTestId("action-history")).containsText("All twelve night agents coached");

        // Performance and relationship together, as the vendor sees them.
        page.navigate(url("/govern/relationship/vendors/" + acme));
        assertChartDrawn("health-chart");
        screenshot("govern-relationship-vendor.png");
        long bluesky = com.steward.app.contracts.ContractFixtures.as(
                accounts,
                as,
                () -> vendorRegister.visibleVendors().stream()
                        .filter(v -> v.code().equals("bluesky"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        var denied = page.navigate(url("/govern/reviews/vendors/" + bluesky + "/promises"));
        assertThat(denied.status())
                .as("another vendor's promises, for Acme's user")
                .isEqualTo(404);
        scriptErrors.removeIf(e -> e.startsWith("404 "));

        var promise = com.steward.app.contracts.ContractFixtures.as(accounts, as, () -> reviews.promise(open[0]));
        assertThat(promise.note()).contains("Draft shared with the client's WFM lead");
        assertThat(promise.status()).isEqualTo(com.steward.core.governance.PromiseStatus.OPEN);
        assertThat(scriptErrors).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.steward.app.contracts.Contracts allContracts;

    /** The money and the exit: savings realised against the business case, the ledger, and the renew / switch options. */
    @Test
    void savingsAgainstTheBusinessCaseAndTheRenewOrSwitchOptionsAreChartedForTheManager() {
        var contracts = com.steward.app.contracts.ContractFixtures.as(
                accounts, com.steward.app.security.Role.MANAGER, () -> allContracts.visibleContracts());
        long acme = contracts.stream()
                .filter(c -> c.vendorName().startsWith("Acme"))
                .findFirst()
                .orElseThrow()
                .id();
        long bluesky = contracts.stream()
                .filter(c -> c.vendorName().startsWith("Bluesky"))
                .findFirst()
                .orElseThrow()
                .id();

        page.navigate(url("/govern/savings/contracts/" + acme));
        assertChartDrawn("savings-chart");
        assertThat(page.locator("main")).containsText("Invoice check");
        screenshot("govern-savings.png");

        page.navigate(url("/govern/savings/ledger"));
        assertChartDrawn("categories-chart");
        screenshot("govern-ledger.png");

        page.navigate(url("/govern/renewal/contracts/" + bluesky));
        assertChartDrawn("history-chart");
        screenshot("govern-renewal-history.png");

        page.navigate(url("/govern/renewal/contracts/" + bluesky + "/options"));
        assertChartDrawn("options-chart");
        assertThat(page.locator("main")).containsText("IN-HOUSE");
        screenshot("govern-renewal-options.png");
        assertThat(scriptErrors).isEmpty();
    }
}
