package com.steward.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.steward.app.ingest.web.MappingEditorFixtures;
import com.steward.app.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The mapping editor in Chromium: an analyst uploads a sample of a foreign export, types the mapping, watches the
 * preview follow the text (counts checked against the fixture's hand count), and saves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MappingEditorBrowserTest extends BrowserSession {

    @Test
    void anAnalystTypesAMappingAndThePreviewFollowsAsTheyType() throws Exception {
        // Each preview maps the whole sample (two DuckDB passes): seconds on a loaded machine, not milliseconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Path sample = Files.createTempFile("acd-", ".csv");
        Files.writeString(sample, MappingEditorFixtures.SAMPLE, StandardCharsets.UTF_8);
        signIn(Role.ANALYST);
        page.navigate(url("/govern/mappings"));
        page.getByTestId("new-mapping").click();
        assertThat(page.locator("h1")).hasText("Mapping editor");

        page.locator("#sample-file").setInputFiles(sample);
        assertThat(page.getByTestId("sample-name")).containsText("acd-");
        String name = "partner-acd-" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#name").fill(name);
        Locator text = page.locator("#properties");
        text.fill(MappingEditorFixtures.MAPPING);
        assertThat(page.getByTestId("preview-accepted")).hasText("3");
        assertThat(page.getByTestId("preview-rejected")).hasText("1");
        assertThat(page.getByTestId("preview-filtered")).hasText("1");
        assertThat(page.getByTestId("preview-rows").locator("tbody tr")).hasCount(4);
        assertThat(page.getByTestId("preview-rejects")).containsText("arrived_at");
        assertThat(page.getByTestId("not-reported")).containsText("csat");
        screenshot("mapping-editor.png");

        // Typing a stricter filter: the hang-up leaves the accepted rows without a click.
        text.fill(MappingEditorFixtures.MAPPING.replace(
                "filter=\"outcome\" <> 'IVR'", MappingEditorFixtures.STRICTER_FILTER));
        assertThat(page.getByTestId("preview-filtered")).hasText("2");
        assertThat(page.getByTestId("preview-accepted")).hasText("2");
        assertThat(page.getByTestId("preview-rows").locator("tbody tr")).hasCount(3);

        // A typo in a canonical name: the problem and its line appear beside the still-mapped rows.
        text.press("End");
        text.pressSequentially("\ncolumn.queu=queue");
        assertThat(page.getByTestId("mapping-problems")).containsText("line 11: 'queu'");

        text.fill(MappingEditorFixtures.MAPPING);
        assertThat(page.getByTestId("preview-accepted")).hasText("3");
        page.getByTestId("save-mapping").click();
        assertThat(page).hasURL(Pattern.compile(".*/govern/mappings/\\d+$"));
        assertThat(page.locator(".notice")).containsText(name);
        assertThat(scriptErrors).isEmpty();
        Files.deleteIfExists(sample);
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }
}
