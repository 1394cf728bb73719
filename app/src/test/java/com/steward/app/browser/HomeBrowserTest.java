package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.CreateUserCommand;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The home page on the demo company generated today: what needs attention, as a manager (every vendor, overdue
 * first, each item a link to where it is resolved) and as Acme's account manager (Acme's items only). Screenshots
 * docs/screenshots/home.png and home-vendor.png.
 */
class HomeBrowserTest extends DemoCompanyBrowser {

    @Test
    void aManagerSeesWhatNeedsAttentionTodayAndFollowsAnItemToWhereItIsResolved() {
        page.navigate(url("/"));
        var items = page.getByTestId("attention-item");
        assertThat(items.first()).isVisible();
        assertThat(page.locator("[data-testid=attention-item][data-kind=ALERT]")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Corvid Customer Care"))
                        .first())
                .isVisible();
        assertThat(page.locator("[data-testid=attention-item][data-kind=CONTRACT]")
                        .first())
                .containsText("Bluesky BPO");
        page.setViewportSize(1280, 900);
        screenshot("home.png");

        // the weekly digest is opt-in, and the choice sticks
        page.getByTestId("digest-weekly").check();
        page.getByTestId("digest-form").getByText("Save").click();
        assertThat(page.getByTestId("digest-weekly")).isChecked();

        String link = page.locator("[data-testid=attention-item][data-kind=CONTRACT] a")
                .first()
                .getAttribute("href");
        page.locator("[data-testid=attention-item][data-kind=CONTRACT] a")
                .first()
                .click();
        assertThat(page).hasURL(url(link));
        assertThat(page.locator("main")).containsText("Bluesky");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void acmesAccountManagerSeesAcmesItemsOnly() {
        long acme = vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals("acme"))
                .findFirst()
                .orElseThrow()
                .id();
        String username = "acme-home-" + UUID.randomUUID().toString().substring(0, 8);
        var created = TestAccounts.asSystem(
                () -> users.create(new CreateUserCommand(username, "Alex (Acme)", null, Role.VENDOR, acme)));
        page.getByTestId("sign-out").click();
        signIn(username, created.oneTimePassword());

        var items = page.getByTestId("attention-item");
        assertThat(items.first()).isVisible();
        for (String row : items.allTextContents()) {
            assertThat(row).contains("Acme Contact Solutions");
        }
        assertThat(page.locator("main")).not().containsText("Bluesky");
        assertThat(page.locator("main")).not().containsText("Corvid");
        screenshot("home-vendor.png");
        assertThat(scriptErrors).isEmpty();
    }
}
