package com.steward.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.app.kpi.KpiJson;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports and KPIs end to end through the web layer, on H2 and on PostgreSQL: uploads are recorded, the API's KPIs
 * equal the engine's on the same lake, a VENDOR sees only its own handled_by, bad files store nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class IngestKpiScenarios {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FROM = "2026-01-01";
    static final String TO = "2026-03-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    InteractionLake lake;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    private List<String> handlers() {
        return List.of(accounts.ownVendor.code(), accounts.otherVendor.code(), "inhouse");
    }

    private MvcResult upload(Role role, String name, String csv, String... params) throws Exception {
        var request = multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user(accounts.principal(role)))
                .with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private JsonNode kpis(Role role, String by) throws Exception {
        String body = mvc.perform(get("/api/v1/kpis")
                        .param("from", FROM)
                        .param("to", TO)
                        .param("by", by)
                        .with(user(accounts.principal(role))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    private JsonNode direct(KpiQuery query) {
        return JSON.readTree(JSON.writeValueAsString(KpiJson.rows(new DuckDbEngine(lake.lake()).run(query))));
    }

    @Test
    void anUploadThroughTheApiIsRecordedAndItsKpisEqualTheEngineOnTheSameLake() throws Exception {
        String csv = IngestFixtures.interactionsCsv("api-" + UUID.randomUUID() + "-", handlers(), 600, 11);
        MvcResult created = upload(Role.ANALYST, "contacts.csv", csv, "source", "acd");
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.getResponse().getContentAsString());
        long id = body.get("import").get("id").asLong();
        assertThat(body.get("import").get("status").asText()).isEqualTo("COMMITTED");
        assertThat(body.get("import").get("rowsAccepted").asLong()).isEqualTo(600);

        mvc.perform(get("/api/v1/imports/" + id).with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.import.fileName").value("contacts.csv"))
                .andExpect(jsonPath("$.import.importedBy")
                        .value(accounts.principal(Role.ANALYST).getUsername()))
                .andExpect(jsonPath("$.import.sha256").value(Matchers.hasLength(64)))
                .andExpect(jsonPath("$.import.mappingName").value("canonical"));
        assertThat(jdbc.sql("SELECT rows_accepted FROM ingest_imports WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(600);

        JsonNode api = kpis(Role.ANALYST, "handled_by,month");
        JsonNode engine =
                direct(KpiQuery.of(LocalDate.parse(FROM), LocalDate.parse(TO), Dimension.HANDLED_BY, Dimension.MONTH));
        assertThat(api).isEqualTo(engine);
        JsonNode own = null;
        for (JsonNode row : api) {
            if (row.get("handled_by").asText().equals(accounts.ownVendor.code())) {
                own = row;
            }
        }
        assertThat(own).isNotNull();
        assertThat(own.get("month").asText()).startsWith("2026-0");
        assertThat(own.get("offered").get("numerator").asLong()).isPositive();
        assertThat(own.get("csat").has("low")).isTrue();
        assertThat(own.get("offered").has("low")).isFalse();
    }

    @Test
    void aVendorUserGetsOnlyItsOwnHandledByAndNeitherInHouseNorOtherVendors() throws Exception {
        String csv = IngestFixtures.interactionsCsv("scope-" + UUID.randomUUID() + "-", handlers(), 300, 5);
        assertThat(upload(Role.MANAGER, "scope.csv", csv).getResponse().getStatus())
                .isEqualTo(201);

        JsonNode byHandler = kpis(Role.VENDOR, "handled_by");
        assertThat(byHandler).hasSize(1);
        assertThat(byHandler.get(0).get("handled_by").asText()).isEqualTo(accounts.ownVendor.code());

        JsonNode byQueue = kpis(Role.VENDOR, "queue");
        JsonNode ownOnly = direct(KpiQuery.of(LocalDate.parse(FROM), LocalDate.parse(TO), Dimension.QUEUE)
                .withVendors(Set.of(accounts.ownVendor.code())));
        assertThat(byQueue).isEqualTo(ownOnly);
        JsonNode everyone = kpis(Role.VIEWER, "queue");
        assertThat(everyone).isNotEqualTo(byQueue);
    }

    @Test
    void aFileWithAnInvalidRowIsRejectedWith400AndNothingReachesTheLake() throws Exception {
        long generation = lake.lake().snapshot().generation();
        String prefix = "bad-" + UUID.randomUUID() + "-";
        MvcResult rejected =
                upload(Role.ANALYST, "bad.csv", IngestFixtures.csvWithBadCsat(prefix, accounts.ownVendor.code()));
        assertThat(rejected.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(rejected.getResponse().getContentAsString());
        assertThat(problem.get("title").asText()).isEqualTo("Import rejected");
        assertThat(problem.get("import").get("status").asText()).isEqualTo("REJECTED");
        assertThat(problem.get("rejects").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(problem.get("rejects").get(0).get("column").asText()).isEqualTo("csat");
        assertThat(lake.lake().snapshot().generation()).isEqualTo(generation);

        MvcResult garbage = upload(Role.ANALYST, "garbage.csv", "\u0000\u0001binary\u0002\n\u0003");
        assertThat(garbage.getResponse().getStatus()).isEqualTo(400);
        assertThat(lake.lake().snapshot().generation()).isEqualTo(generation);

        mvc.perform(multipart("/api/v1/imports")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void surveyAndQaFeedsUploadThroughTheApiWithTheDatasetParameterAndRejectWithLineAndColumn() throws Exception {
        String prefix = "feed-" + UUID.randomUUID() + "-";
        String source = "acd-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = IngestFixtures.interactionsCsv(prefix, handlers(), 30, 5);
        assertThat(upload(Role.ANALYST, "contacts.csv", csv, "source", source)
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
        MvcResult surveys = upload(
                Role.ANALYST,
                "surveys.csv",
                "interaction_id,csat,nps,responded_at\n" + prefix + "1,5,9,2026-03-30T10:00:00Z\n" + prefix
                        + "2,,3,2026-03-30T10:00:00Z\n",
                "dataset",
                "surveys",
                "source",
                source);
        assertThat(surveys.getResponse().getStatus())
                .as(surveys.getResponse().getContentAsString())
                .isEqualTo(201);
        JsonNode body = JSON.readTree(surveys.getResponse().getContentAsString());
        assertThat(body.get("import").get("dataset").asText()).isEqualTo("surveys");
        assertThat(body.get("import").get("rowsAccepted").asLong()).isEqualTo(2);

        long generation = lake.lake().snapshot().generation();
        MvcResult bad = upload(
                Role.ANALYST,
                "qa.csv",
                "interaction_id,evaluator,form,score,evaluated_at\n" + prefix + "1,ann,standard,101,2026-03-30\n"
                        + "nobody,ann,standard,50,2026-03-30\n",
                "dataset",
                "qa",
                "source",
                source,
                "unknown",
                "keep");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(bad.getResponse().getContentAsString());
        assertThat(problem.get("rejects").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(problem.get("rejects").get(0).get("column").asText()).isEqualTo("score");
        assertThat(problem.get("detail").asText()).contains("1 row(s) for interactions not in the lake");
        assertThat(lake.lake().snapshot().generation()).isEqualTo(generation);

        assertThat(upload(Role.ANALYST, "qa.csv", "x\n1\n", "dataset", "qa", "unknown", "maybe")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void aVendorUserMayNotImport() throws Exception {
        assertThat(upload(Role.VENDOR, "x.csv", IngestFixtures.HEADER + "\n")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(get("/api/v1/imports").with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSavedMappingImportsAForeignExport() throws Exception {
        String name = "foreign-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/govern/mappings")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .param("name", name)
                        .param(
                                "properties",
                                "# a partner's export\ndelimiter=;\ncolumn.interaction_id=CallID\ncolumn.handled_by=Partner\n"
                                        + "column.channel=channel\ncolumn.arrived_at=arrived_at\n"
                                        + "column.ended_at=ended_at\n"))
                .andExpect(status().is3xxRedirection());
        String canonical = IngestFixtures.interactionsCsv("map-" + UUID.randomUUID() + "-", handlers(), 50, 3);
        String foreign = canonical
                .replaceFirst("interaction_id", "CallID")
                .replaceFirst("handled_by", "Partner")
                .replace(',', ';');
        MvcResult created = upload(Role.ANALYST, "foreign.csv", foreign, "mapping", name);
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString())
                .isEqualTo(201);
        assertThat(JSON.readTree(created.getResponse().getContentAsString())
                        .get("import")
                        .get("mappingName")
                        .asText())
                .isEqualTo(name);
        MvcResult unknown = upload(Role.ANALYST, "foreign.csv", foreign, "mapping", "no-such-mapping");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aBrowserUploadRunsInTheBackgroundAndThePolledFragmentEndsWithTheReport() throws Exception {
        String csv = IngestFixtures.interactionsCsv("web-" + UUID.randomUUID() + "-", handlers(), 200, 9);
        String location = mvc.perform(multipart("/govern/imports")
                        .file(new MockMultipartFile(
                                "file", "web.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("policy", "accept-good")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/govern/imports/\\d+");
        mvc.perform(get(location).with(user(accounts.principal(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("import-progress")));
        String fragment = "";
        for (int i = 0; i < 200 && !fragment.contains("data-status=\"COMMITTED\""); i++) {
            Thread.sleep(100);
            fragment = mvc.perform(get(location + "/progress").with(user(accounts.principal(Role.ANALYST))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
        assertThat(fragment)
                .contains("data-status=\"COMMITTED\"")
                .contains("Imported")
                .doesNotContain("hx-trigger");
        mvc.perform(get("/govern/imports").with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("web.csv")));
    }

    @Test
    void theExplorerPageShowsTheTableAndTheChartDataForEveryRole() throws Exception {
        String csv = IngestFixtures.interactionsCsv("page-" + UUID.randomUUID() + "-", handlers(), 200, 2);
        assertThat(upload(Role.ADMIN, "page.csv", csv).getResponse().getStatus())
                .isEqualTo(201);
        mvc.perform(get("/govern/kpis")
                        .param("from", FROM)
                        .param("to", TO)
                        .param("by", "handled_by")
                        .param("period", "month")
                        .param("metric", "csat")
                        .with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"kpi-table\"")))
                .andExpect(content().string(Matchers.containsString("kpi-trend")))
                .andExpect(content().string(Matchers.containsString(accounts.ownVendor.code())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(accounts.otherVendor.code()))));
    }
}
