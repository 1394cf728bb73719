package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.Role;
import com.steward.app.selection.Selection;
import com.steward.app.selection.Selections;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.CreatedUser;
import com.steward.app.vendors.Vendor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole select → contract flow on the demo company in a real Chromium: the vendor register, Acme's due
 * diligence, the locked demo selection, Acme's quality-first contract with its results and team; then Acme's
 * own VENDOR user, who sees its contract's scorecard and nothing else. Screenshots feed docs/select.md and
 * docs/contract.md.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=3000",
            "steward.demo.lake.seed=42"
        })
class DemoSelectContractBrowserTest extends BrowserSession {

    @Autowired
    Contracts contracts;

    @Autowired
    Selections selections;

    Vendor acme;
    String acmeUser;
    String acmePassword;

    @BeforeAll
    void bindAVendorUserToAcme() {
        acme = vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals("acme"))
                .findFirst()
                .orElseThrow();
        // the demo's own acme-am has a random password printed once: bind a fresh VENDOR user to Acme
        acmeUser = "acme-test-" + UUID.randomUUID().toString().substring(0, 8);
        CreatedUser created = TestAccounts.asSystem(
                () -> users.create(new CreateUserCommand(acmeUser, "Acme tester", null, Role.VENDOR, acme.id())));
        acmePassword = created.oneTimePassword();
    }

    @Autowired
    java.time.Clock clock;

    /** The demo's dates: generated today, its simulated year ends with last month. */
    private com.steward.app.demo.DemoCalendar calendar() {
        return com.steward.app.demo.DemoCalendar.of(clock);
    }

    /** A contract name's years, from its term: "2025-27" for a term from the demo's first year to 2027. */
    private String years(java.time.YearMonth termEnd) {
        return calendar().firstMonth().getYear() + "-" + termEnd.getYear() % 100;
    }

    private void tool(String name) {
        page.locator("main .tools").getByText(name).click();
    }

    private Contract demoContract(String vendorCode) {
        long vendorId = vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals(vendorCode))
                .findFirst()
                .orElseThrow()
                .id();
        return ContractFixtures.as(accounts, Role.ADMIN, contracts::visibleContracts).stream()
                .filter(c -> c.vendorId() == vendorId)
                .findFirst()
                .orElseThrow();
    }

    private Selection demoSelection() {
        return ContractFixtures.as(accounts, Role.ADMIN, selections::all).stream()
                .filter(s -> s.name()
                        .equals("Customer care partner "
                                + calendar().firstMonth().getYear()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aManagerWalksTheDemoFromVendorRegisterToContractResults() {
        signIn(accounts.principal(Role.MANAGER).getUsername(), accounts.passwords.get(Role.MANAGER));

        // Select → vendor register
        page.navigate(url("/select"));
        tool("Vendor register");
        Locator register = page.getByTestId("vendor-table");
        for (String name :
                List.of("Acme Contact Solutions", "Bluesky BPO", "Corvid Customer Care", "In-house contact center")) {
            assertThat(register).containsText(name);
        }
        screenshot("demo-select-vendors.png");

        // Acme's profile and due diligence: the NDA client list, the matching luxury client flagged
        register.getByText("Acme Contact Solutions").click();
        assertThat(page.getByTestId("vendor-name")).hasText("Acme Contact Solutions");
        assertThat(page.getByTestId("vendor-profile")).containsText("luxury goods");
        assertThat(page.getByTestId("contact-table")).containsText("Alex Reyes");
        page.getByTestId("due-diligence-link").click();
        Locator clients = page.getByTestId("client-table");
        assertThat(clients).containsText("Nordlicht Telecom");
        Locator luxury = clients.locator("tr", new Locator.LocatorOptions().setHasText("Maison Verlaine"));
        assertThat(luxury).hasClass(java.util.regex.Pattern.compile("select-match"));
        assertThat(luxury.locator("td").nth(5)).hasText("yes");
        assertThat(clients.locator("tr", new Locator.LocatorOptions().setHasText("Atelier Rive"))
                        .locator("td")
                        .nth(5))
                .hasText("industry only");
        assertThat(page.getByTestId("reference-summary")).containsText("4.5");
        assertThat(page.getByTestId("interview-averages")).containsText("In person");
        assertThat(page.getByTestId("interview-table")).containsText("Phone");
        assertThat(page.getByTestId("workforce-facts")).containsText("32.0 %");
        screenshot("demo-select-due-diligence.png");

        // the demo selection: ranking, two evaluators, locked with its decision record
        page.navigate(url("/select"));
        tool("Weighted selection");
        page.getByTestId("selection-table")
                .getByText("Customer care partner " + calendar().firstMonth().getYear())
                .click();
        assertThat(page.getByTestId("selection-name"))
                .hasText("Customer care partner " + calendar().firstMonth().getYear());
        assertThat(page.getByTestId("ranking").locator("tbody tr").first()).containsText("Acme Contact Solutions");
        assertThat(page.getByTestId("stability")).containsText("100 % stable");
        assertThat(page.getByTestId("disagreement")).containsText("Bluesky BPO");
        Locator decision = page.getByTestId("decision-record");
        assertThat(decision).containsText("Chosen: Acme Contact Solutions");
        assertThat(decision).containsText("a luxury-goods client of our scale");
        assertThat(page.getByTestId("lock-form")).hasCount(0);
        screenshot("demo-select-selection.png");

        // Contract → Acme's contract → the quality-first scorecard → results with standings
        page.navigate(url("/contract"));
        tool("Contracts and scorecards");
        assertThat(page.getByTestId("contract-table"))
                .containsText(
                        "Bluesky overflow care " + years(calendar().lastMonth().plusMonths(2)));
        page.getByTestId("contract-table")
                .getByText("Acme customer care " + years(calendar().firstMonth().plusMonths(23)))
                .click();
        assertThat(page.getByTestId("contract-name"))
                .hasText("Acme customer care " + years(calendar().firstMonth().plusMonths(23)));
        Locator scorecard = page.getByTestId("scorecard-table");
        for (String metric : List.of(
                "CSAT",
                "First-contact resolution",
                "Net Promoter Score",
                "QA score",
                "Complaint rate",
                "Service level",
                "Average speed of answer")) {
            assertThat(scorecard).containsText(metric);
        }
        assertThat(page.getByTestId("quality-share")).hasText("75 %");
        assertThat(page.getByTestId("quality-warning")).hasCount(0);
        screenshot("demo-contract-scorecard.png");

        Locator results = page.getByTestId("results-table");
        assertThat(results).containsText(calendar().period("2025-10").toString());
        assertThat(results).containsText(calendar().lastMonth().toString());
        // one figure per month: acme's months come from its published scorecard runs (the hand-typed results of
        // the same months are superseded), and acme is the stable vendor of the demo's story
        assertThat(results).containsText("published run");
        assertThat(results).not().containsText("REMEDIATION");
        assertThat(page.getByTestId("standing")).hasText("GREEN");
        page.waitForFunction("() => document.querySelector('[data-testid=score-chart]').dataset.drawn === 'true'");
        page.locator("#results").scrollIntoViewIfNeeded();
        screenshot("demo-contract-results.png");

        page.getByTestId("team-link").click();
        assertThat(page.getByTestId("headcount")).hasText("5");
        assertThat(page.getByTestId("team-table")).containsText("acme-a00");
        screenshot("demo-contract-team.png");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void acmesVendorUserSeesItsContractScorecardAndNothingElse() {
        Contract acmeContract = demoContract("acme");
        Contract blueskyContract = demoContract("bluesky");
        Selection selection = demoSelection();
        signIn(acmeUser, acmePassword);

        page.navigate(url("/contracts"));
        assertThat(page.getByTestId("contract-table"))
                .containsText(
                        "Acme customer care " + years(calendar().firstMonth().plusMonths(23)));
        assertThat(page.getByTestId("contract-table")).not().containsText("Bluesky");
        page.getByText("Acme customer care " + years(calendar().firstMonth().plusMonths(23)))
                .click();
        assertThat(page.getByTestId("scorecard-table")).containsText("CSAT");
        assertThat(page.getByTestId("quality-share")).hasText("75 %");
        assertThat(page.getByTestId("results-table")).containsText("published run");
        assertThat(page.getByTestId("pricing")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("185,000");
        screenshot("demo-contract-vendor.png");

        Response dueDiligence = page.navigate(url("/vendors/" + acme.id() + "/due-diligence"));
        assertThat(dueDiligence.status()).isEqualTo(403);
        Response selectionList = page.navigate(url("/select/selections"));
        assertThat(selectionList.status()).isEqualTo(403);
        Response selectionPage = page.navigate(url("/select/selections/" + selection.id()));
        assertThat(selectionPage.status()).isEqualTo(403);
        Response bluesky = page.navigate(url("/contracts/" + blueskyContract.id()));
        assertThat(bluesky.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("Bluesky overflow care");
        Response own = page.navigate(url("/contracts/" + acmeContract.id()));
        assertThat(own.status()).isEqualTo(200);
    }
}
