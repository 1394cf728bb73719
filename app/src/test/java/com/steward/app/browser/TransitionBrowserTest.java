package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.rollout.RolloutFixtures;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The phased roll-out on the demo company: corvid, which degrades over the last three demo months,
 * fails its CSAT and FCR gates against in-house; the manager records a NO-GO with that evidence.
 */
class TransitionBrowserTest extends DemoCompanyBrowser {

    @Autowired
    TransitionPlans plans;

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
                        // corvid degrades over the last three simulated months
                        calendar().month(9).atDay(1),
                        calendar().lastMonth().atEndOfMonth(),
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
        assertThat(page.getByTestId("decision-list").first()).containsText("No-go");
        screenshot("transition-decision.png");

        long phase = plan.phases().getFirst().id();
        page.navigate(url("/transition/phases/" + phase + "/comparison"));
        assertThat(page.locator("main"))
                .containsText(java.util.regex.Pattern.compile("csat", java.util.regex.Pattern.CASE_INSENSITIVE));
        screenshot("transition-comparison.png");
        assertThat(scriptErrors).isEmpty();
    }
}
