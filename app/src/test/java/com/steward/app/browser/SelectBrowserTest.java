package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.steward.app.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The Select flow in headless Chromium: register a vendor → due diligence → weighted selection → lock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelectBrowserTest extends BrowserSession {

    private void button(String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void aManagerRegistersAVendorDoesDueDiligenceRanksAndLocksTheSelection() {
        signIn(Role.MANAGER);
        page.navigate(url("/vendors/new"));
        page.getByLabel("Code").fill("lumen-care");
        page.getByLabel("Name").fill("Lumen Care");
        button("Register");
        assertThat(page.getByTestId("vendor-name")).hasText("Lumen Care");
        long vendorId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));

        page.getByText("Edit profile").click();
        page.getByLabel("Years in business").fill("14");
        page.locator("#seats").fill("450");
        page.getByLabel("Sites").fill("Lisbon, Porto");
        page.getByLabel("Languages").fill("en, fr, pt");
        page.getByLabel("Industries served").fill("luxury goods, retail");
        button("Save profile");
        assertThat(page.getByTestId("vendor-profile")).containsText("luxury goods");
        page.getByText("Add a contact").click();
        page.locator("#contact-name").fill("Ana Reis");
        page.locator("#contact-email").fill("ana@lumen.example");
        button("Add contact");
        assertThat(page.getByTestId("contact-table")).containsText("Ana Reis");
        screenshot("select-vendor.png");

        page.getByTestId("due-diligence-link").click();
        page.getByText("Record a client").click();
        page.locator("#clientName").fill("Maison Aurel");
        page.locator("#industry").fill("luxury goods");
        page.locator("#contactsPerMonth").fill("70000");
        button("Record client");
        assertThat(page.getByTestId("client-table")).containsText("yes");
        page.getByText("Record a reference call").click();
        page.locator("#reference").fill("Maison Aurel");
        page.locator("textarea[id^=answer-]").first().fill("Three years, about 70k contacts a month");
        page.locator("#score").selectOption("4");
        button("Record call");
        assertThat(page.getByTestId("reference-summary")).containsText("4.0");
        page.getByText("Record an interview").click();
        page.locator("#channel").selectOption("PHONE");
        page.locator("#courtesy").fill("5");
        button("Record interview");
        assertThat(page.getByTestId("interview-table")).containsText("Phone");
        page.getByText("Edit workforce facts").click();
        page.locator("#payVsMarketPercent").fill("6");
        page.locator("#annualAttritionPercent").fill("28");
        page.locator("input[name=dedicatedTeamOffered]").check();
        button("Save workforce facts");
        assertThat(page.getByTestId("workforce-facts")).containsText("28.0 %");
        screenshot("select-due-diligence.png");

        page.navigate(url("/select/selections"));
        page.locator("#name").fill("Luxury care partner");
        page.locator("input[name=vendorIds][value='" + vendorId + "']").check();
        page.locator("input[name=vendorIds][value='" + accounts.otherVendor.id() + "']")
                .check();
        button("Open selection");
        assertThat(page.getByTestId("selection-name")).hasText("Luxury care partner");
        page.locator("#score-" + vendorId + "-INTERVIEW_SCORE").fill("8");
        page.locator("#score-" + vendorId + "-PRICE").fill("7");
        page.locator("#score-" + accounts.otherVendor.id() + "-INTERVIEW_SCORE").fill("5");
        page.locator("#score-" + accounts.otherVendor.id() + "-PRICE").fill("8");
        button("Save my scores");
        assertThat(page.getByTestId("ranking").locator("tbody tr").first()).containsText("Lumen Care");
        assertThat(page.getByTestId("stability")).containsText("stable");
        screenshot("select-ranking.png");

        page.locator("#chosenVendorId").selectOption(Long.toString(vendorId));
        page.locator("#decision-text").fill("Award the luxury care contract to Lumen Care");
        page.locator("#rationale").fill("Best interviews and a matching luxury client; price within 5 %.");
        button("Decide and lock");
        assertThat(page.getByTestId("decision-record")).containsText("Lumen Care");
        assertThat(page.getByTestId("lock-form")).hasCount(0);
        screenshot("select-locked.png");
    }

    @Test
    void aVendorUserSeesItsProfileUploadsADocumentAndNeverReachesDueDiligenceOrSelections() throws Exception {
        signIn(Role.VENDOR);
        page.navigate(url("/vendors/" + accounts.ownVendor.id()));
        assertThat(page.getByTestId("due-diligence-link")).hasCount(0);
        Path file = Files.createTempFile("rates", ".csv");
        Files.writeString(file, "site,seats\nLisbon,120\n");
        page.locator("#file").setInputFiles(file);
        button("Upload");
        assertThat(page.getByTestId("document-table"))
                .containsText(file.getFileName().toString());
        screenshot("select-vendor-user.png");

        Response dueDiligence = page.navigate(url("/vendors/" + accounts.ownVendor.id() + "/due-diligence"));
        assertThat(dueDiligence.status()).isEqualTo(403);
        Response selections = page.navigate(url("/select/selections"));
        assertThat(selections.status()).isEqualTo(403);
        Response other = page.navigate(url("/vendors/" + accounts.otherVendor.id()));
        assertThat(other.status()).isEqualTo(404);
    }
}
