package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A lifecycle step done with the keyboard only: Tab to each field, type, Enter to submit; no mouse. */
class KeyboardBrowserTest extends DemoCompanyBrowser {

    @Test
    void aManagerRegistersAVendorWithTheKeyboardOnly() {
        page.navigate(url("/vendors/new"));
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("Skip to content");
        tabTo("code");
        String code = "kb-" + UUID.randomUUID().toString().substring(0, 6);
        page.keyboard().type(code);
        page.keyboard().press("Tab");
        assertThat(focusedId()).isEqualTo("name");
        page.keyboard().type("Keyboard Contact Centre");
        page.keyboard().press("Tab");
        assertThat(focusedId()).isEqualTo("status");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("Register");
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.matches(".*/vendors/\\d+$"));
        assertThat(page.locator("h1")).containsText("Keyboard Contact Centre");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .containsText("registered");
        assertThat(scriptErrors).isEmpty();
    }

    private void tabTo(String id) {
        for (int i = 0; i < 40 && !id.equals(focusedId()); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focusedId()).isEqualTo(id);
    }

    private String focusedId() {
        return (String) page.evaluate("document.activeElement ? document.activeElement.id : ''");
    }

    private String focused() {
        return ((String) page.evaluate("document.activeElement ? document.activeElement.textContent : ''")).strip();
    }
}
