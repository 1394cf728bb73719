package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.steward.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The UI shell in a real headless Chromium against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellBrowserTest extends BrowserSession {

    @Test
    void aManagerSignsInNavigatesTheLifecycleAndSignsOut() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        screenshot("login.png");

        signIn(Role.MANAGER);
        assertThat(page.locator("h1")).containsText("Welcome");
        long visible = vendors.allVendorsForAdministration().size();
        assertThat(page.getByTestId("vendor-count")).hasText(Long.toString(visible));
        assertThat(page.getByTestId("audit-count")).isVisible();

        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Select").setExact(true))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Select");
        page.locator("main .tools").getByText("Vendor register").click();
        assertThat(page.getByTestId("vendor-table")).containsText(accounts.otherVendor.name());
        screenshot("vendors.png");

        page.getByText(accounts.ownVendor.name()).click();
        assertThat(page.getByTestId("vendor-name")).hasText(accounts.ownVendor.name());

        page.getByTestId("sign-out").click();
        assertThat(page).hasURL(url("/login?signedOut"));
        page.navigate(url("/vendors"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void aVendorUserSeesOnlyItsOwnVendorAndCannotReachAnotherVendorsPage() {
        signIn(Role.VENDOR);
        assertThat(page.getByTestId("vendor-count")).hasText("1");
        assertThat(page.locator("nav[aria-label=Lifecycle]")).not().containsText("Decide");
        page.navigate(url("/vendors"));
        assertThat(page.getByTestId("vendor-table")).containsText(accounts.ownVendor.name());
        assertThat(page.getByTestId("vendor-table")).not().containsText(accounts.otherVendor.name());

        Response other = page.navigate(url("/vendors/" + accounts.otherVendor.id()));
        assertThat(other.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText(accounts.otherVendor.name());
        assertThat(page.locator("body")).not().containsText("Exception");

        Response decide = page.navigate(url("/decide"));
        assertThat(decide.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Not allowed");
        screenshot("vendor-forbidden.png");
    }

    @Test
    void anAdministratorInvitesAUserWhoThenSignsInWithTheOneTimePassword() {
        signIn(Role.ADMIN);
        page.navigate(url("/admin/users/new"));
        page.getByLabel("Username").fill("invited-person");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Invited Person");
        page.getByLabel("Role").selectOption("VIEWER");
        page.getByText("Create with a one-time password").click();
        String password = page.getByTestId("one-time-password").textContent().strip();
        assertThat(password).hasSize(20);
        screenshot("user-invited.png");
        page.getByTestId("sign-out").click();

        page.getByLabel("Username").fill("invited-person");
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        // a one-time password must be replaced before anything else
        assertThat(page.getByTestId("must-change")).isVisible();
        page.navigate(url("/decide"));
        assertThat(page.getByTestId("must-change")).isVisible();
        page.getByLabel("Current password").fill(password);
        page.getByLabel("New password").fill(CHOSEN_PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Change password"))
                .click();
        page.navigate(url("/"));
        assertThat(page.locator("h1")).containsText("Invited Person");
        assertThat(page.getByTestId("audit-count")).not().isVisible();
    }

    @Test
    void theShellFitsAPhoneWidthWithoutHorizontalScrolling() {
        openContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        signIn(Role.ANALYST);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(page.locator("nav[aria-label=Lifecycle]").getByText("Govern"))
                .isVisible();
        screenshot("home-phone.png");
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(accounts.principal(Role.VIEWER).getUsername());
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByTestId("login-error")).isVisible();
        assertThat(page).hasURL(url("/login?error"));
    }
}
