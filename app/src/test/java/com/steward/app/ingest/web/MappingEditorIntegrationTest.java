package com.steward.app.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.steward.app.ingest.ColumnMappings;
import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping editor and the mappings API through the web layer: a sample uploaded once, previews as the text
 * changes (counts checked against {@link MappingEditorFixtures}' hand count), save refused with the line and the
 * input kept, samples private to their uploader, VENDOR refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedDatabase
class MappingEditorIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    ColumnMappings mappings;

    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    private MockMultipartFile sample(String csv) {
        return new MockMultipartFile("file", "acd.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private String uploadSample(Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/govern/mappings/samples")
                        .file(sample(MappingEditorFixtures.SAMPLE))
                        .header("HX-Request", "true")
                        .with(user(accounts.principal(role)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("hx-trigger=\"load\"");
        Matcher token =
                Pattern.compile("name=\"sample\" value=\"([0-9a-f-]{36})\"").matcher(response.getContentAsString());
        assertThat(token.find()).as(response.getContentAsString()).isTrue();
        return token.group(1);
    }

    private Html preview(Role role, String token, String text) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/govern/mappings/preview")
                        .param("sample", token)
                        .param("properties", text)
                        .param("name", "draft")
                        .header("HX-Request", "true")
                        .with(user(accounts.principal(role)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return new Html(response.getContentAsString());
    }

    /** Just enough HTML reading for these assertions: elements found by data-testid or id, tags stripped. */
    record Html(String html) {
        private static String text(String fragment) {
            return fragment.replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'")
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&")
                    .replaceAll("\\s+", " ")
                    .strip();
        }

        boolean has(String testId) {
            return html.contains("data-testid=\"" + testId + "\"");
        }

        /** The text of the element with this data-testid (up to its closing tag of the same name). */
        String testId(String testId) {
            Matcher m = Pattern.compile("<(\\w+)[^>]*data-testid=\"" + testId + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                    .matcher(html);
            return m.find() ? text(m.group(2)) : "";
        }

        String id(String id) {
            Matcher m = Pattern.compile("<(\\w+)[^>]*id=\"" + id + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                    .matcher(html);
            return m.find() ? text(m.group(2)) : "";
        }

        String value(String id) {
            Matcher m = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*value=\"([^\"]*)\"")
                    .matcher(html);
            return m.find() ? m.group(1) : "";
        }

        /** The text of each body row of the table with this data-testid. */
        java.util.List<String> rows(String testId) {
            Matcher table = Pattern.compile("data-testid=\"" + testId + "\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL)
                    .matcher(html);
            if (!table.find()) {
                return java.util.List.of();
            }
            return Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL)
                    .matcher(table.group(1))
                    .results()
                    .map(r -> text(r.group(1)))
                    .toList();
        }
    }

    @Test
    void thePreviewFollowsTheTextOnTheUploadedSample() throws Exception {
        String token = uploadSample(Role.ANALYST);
        Html first = preview(Role.ANALYST, token, MappingEditorFixtures.MAPPING);
        assertThat(first.html()).doesNotContain("<main"); // a fragment, not a page
        assertThat(first.testId("preview-read")).isEqualTo("5");
        assertThat(first.testId("preview-accepted")).isEqualTo("3");
        assertThat(first.testId("preview-rejected")).isEqualTo("1");
        assertThat(first.testId("preview-filtered")).isEqualTo("1");
        // the head as mapped: the rejected c5 too (arrived_at empty), not the filtered c3
        assertThat(first.rows("preview-rows")).hasSize(4);
        assertThat(first.rows("preview-rows").get(2)).startsWith("c4").contains("not reported");
        assertThat(first.rows("preview-rejects").getFirst()).startsWith("6 arrived_at not a time");
        assertThat(first.testId("not-reported")).contains("csat").doesNotContain("queue");
        assertThat(first.has("mapping-problems")).isFalse();

        Html stricter = preview(
                Role.ANALYST,
                token,
                MappingEditorFixtures.MAPPING.replace(
                        "filter=\"outcome\" <> 'IVR'", MappingEditorFixtures.STRICTER_FILTER));
        assertThat(stricter.testId("preview-accepted")).isEqualTo("2");
        assertThat(stricter.testId("preview-filtered")).isEqualTo("2");
        assertThat(stricter.rows("preview-rows")).hasSize(3);
    }

    @Test
    void problemsOfTheTextAreListedWithTheirLinesWhileTheRowsStillShow() throws Exception {
        String token = uploadSample(Role.MANAGER);
        Html page = preview(Role.MANAGER, token, MappingEditorFixtures.MAPPING + "column.queu=queue\n");
        assertThat(page.testId("mapping-problems")).contains("line 10").contains("queu");
        assertThat(page.testId("preview-accepted")).isEqualTo("3");
    }

    @Test
    void aSampleIsVisibleOnlyToItsUploader() throws Exception {
        String token = uploadSample(Role.ANALYST);
        Html other = preview(Role.MANAGER, token, MappingEditorFixtures.MAPPING);
        assertThat(other.has("preview-rows")).isFalse();
        assertThat(other.html()).contains("no longer kept");
    }

    @Test
    void aRefusedSaveShowsTheErrorBesideTheFieldAndKeepsTheInput() throws Exception {
        String name = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        String text = MappingEditorFixtures.MAPPING + "column.interaction_idd=call\n";
        MockHttpServletResponse response = mvc.perform(post("/govern/mappings")
                        .param("name", name)
                        .param("properties", text)
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        Html page = new Html(response.getContentAsString());
        assertThat(page.id("properties-error")).contains("line 10").contains("interaction_idd");
        assertThat(page.id("properties")).isEqualTo(text.strip().replaceAll("\\s+", " "));
        assertThat(page.value("name")).isEqualTo(name);
        assertThat(mappings.find(name)).isEmpty();
    }

    @Test
    void theApiSavesPreviewsAndDeletesAMapping() throws Exception {
        String name = "api-" + UUID.randomUUID().toString().substring(0, 8);
        var analyst = user(accounts.principal(Role.ANALYST));
        MockHttpServletResponse refused = mvc.perform(put("/api/v1/mappings/" + name)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("properties", "column.interaction_idd=x\n")))
                        .with(analyst)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("line 1");
        assertThat(mappings.find(name)).isEmpty();

        assertThat(mvc.perform(put("/api/v1/mappings/" + name)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(JSON.writeValueAsString(
                                        java.util.Map.of("properties", MappingEditorFixtures.MAPPING)))
                                .with(analyst)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mappings.find(name).orElseThrow().properties()).isEqualTo(MappingEditorFixtures.MAPPING);

        MockHttpServletResponse preview = mvc.perform(multipart("/api/v1/mappings/preview")
                        .file(sample(MappingEditorFixtures.SAMPLE))
                        .param("mapping", name)
                        .with(analyst)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(preview.getStatus()).as(preview.getContentAsString()).isEqualTo(200);
        JsonNode body = JSON.readTree(preview.getContentAsString());
        assertThat(body.get("accepted").asLong()).isEqualTo(3);
        assertThat(body.get("rejected").asLong()).isEqualTo(1);
        assertThat(body.get("filtered").asLong()).isEqualTo(1);
        assertThat(body.get("rejects").get(0).get("line").asLong()).isEqualTo(6);

        var vendor = user(accounts.principal(Role.VENDOR));
        assertThat(mvc.perform(get("/api/v1/mappings").with(vendor))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(delete("/api/v1/mappings/" + name).with(vendor).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(delete("/api/v1/mappings/" + name).with(analyst).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(mappings.find(name)).isEmpty();
    }

    @Test
    void aVendorUserCannotOpenTheEditor() throws Exception {
        assertThat(mvc.perform(get("/govern/mappings/editor").with(user(accounts.principal(Role.VENDOR))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/govern/mappings/editor")
                                .param("from", "preset:five9")
                                .with(user(accounts.principal(Role.ANALYST))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("five9");
    }
}
