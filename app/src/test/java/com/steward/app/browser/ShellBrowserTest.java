package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI shell in a real headless Chromium against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedDatabase
@ExtendWith(Chromium.Available.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;
    TestAccounts accounts;

    @BeforeAll
    void startBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        accounts = TestAccounts.create(vendors, users);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Role role) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(accounts.principal(role).getUsername());
        page.getByLabel("Password").fill(accounts.passwords.get(role));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        // After a redirected visit Spring Security appends "?continue" to the saved request.
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshots().resolve(name))
                .setFullPage(true));
    }

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
        screenshot("home.png");

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
        assertThat(page.locator("h1")).containsText("Invited Person");
        assertThat(page.getByTestId("audit-count")).not().isVisible();
    }

    @Test
    void theShellFitsAPhoneWidthWithoutHorizontalScrolling() {
        context.close();
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        page = context.newPage();
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
