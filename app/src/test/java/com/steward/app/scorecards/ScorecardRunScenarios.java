package com.steward.app.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.IngestFixtures;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scorecard runs from the lake end to end: run, publish, re-run after new data, restatement with a reason; raw-data
 * verification against DuckDB's numbers; VENDOR isolation. On H2 and PostgreSQL by the two subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
// the fixtures hold a few hundred contacts a month: these scenarios are about runs and restatements, so the
// minimum-sample rule is lowered to 1 here (HonestRunScenarios tests the rule itself)
@TestPropertySource(
        properties = {
            "steward.scorecards.cron=-",
            "steward.monitoring.cron=-",
            "steward.scorecards.minimum-sample.default=1"
        })
abstract class ScorecardRunScenarios {

    static final String PERIOD = "2026-02";

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Contracts contracts;

    @Autowired
    ScorecardRuns runs;

    @Autowired
    Imports imports;

    @Autowired
    InteractionLake lake;

    TestAccounts accounts;
    long own;
    long other;

    @BeforeEach
    void contractsAndData() throws IOException {
        accounts = TestAccounts.create(vendors, users);
        own = as(Role.MANAGER, () -> create(accounts.ownVendor.id(), "Own measured"));
        other = as(Role.MANAGER, () -> create(accounts.otherVendor.id(), "Other measured"));
        load("a", 1200, 3);
    }

    private long create(long vendorId, String name) {
        Contract c = contracts.create(new ContractInput(
                vendorId,
                name,
                ContractStatus.ACTIVE,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                List.of("billing", "technical"),
                List.of(),
                List.of(),
                100_000.0,
                null));
        contracts.defineScorecard(c.id(), ContractFixtures.qualityFirstScorecard());
        return c.id();
    }

    private void load(String tag, int rows, long seed) throws IOException {
        String csv = IngestFixtures.interactionsCsv(
                tag + "-" + UUID.randomUUID() + "-",
                List.of(accounts.ownVendor.code(), accounts.otherVendor.code(), "inhouse"),
                rows,
                seed);
        Path file = Files.createTempFile("measure-", ".csv");
        Files.writeString(file, csv);
        imports.importNow(new StartImportCommand(Dataset.INTERACTIONS, file, null, null, "test", "test"), p -> {});
    }

    <T> T as(Role role, java.util.function.Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }

    @Test
    void runPublishThenChangedDataRequiresAReasonedRestatement() throws IOException {
        ScorecardRun first = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        assertThat(first.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(first.numbers().metrics())
                .extracting(ScorecardNumbers.Line::metricId)
                .containsExactly("csat", "qa", "aht");
        assertThat(first.numbers().metrics().get(0).vendor()).isNotNull();
        assertThat(first.numbers().metrics().get(0).inHouse()).isNotNull();
        assertThat(first.importIds()).isNotEmpty();
        assertThat(first.definitionsHash()).hasSize(64);
        assertThat(first.numbers().customer())
                .extracting(ScorecardNumbers.Comparison::metricId)
                .containsExactly("churn_after_contact", "lead_conversion");

        ScorecardRun published = as(Role.MANAGER, () -> runs.publish(first.id(), null));
        assertThat(published.status()).isEqualTo(RunStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(1);

        // the same data again: nothing to restate
        ScorecardRun same = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        assertThat(same.matchesPublished()).isTrue();
        assertThatThrownBy(() -> as(Role.MANAGER, () -> runs.publish(same.id(), "no change")))
                .isInstanceOf(ConflictException.class);

        load("b", 600, 9);
        ScorecardRun changed = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        assertThat(changed.restatementRequired()).isTrue();
        assertThat(changed.lakeGeneration()).isGreaterThan(first.lakeGeneration());
        assertThatThrownBy(() -> as(Role.MANAGER, () -> runs.publish(changed.id(), " ")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("reason");

        ScorecardRun restated = as(Role.MANAGER, () -> runs.publish(changed.id(), "late import of February calls"));
        assertThat(restated.version()).isEqualTo(2);
        assertThat(restated.supersedesId()).isEqualTo(first.id());
        List<ScorecardRun> versions = as(Role.VIEWER, () -> runs.versions(own, PERIOD));
        assertThat(versions).extracting(ScorecardRun::status).contains(RunStatus.RESTATED, RunStatus.PUBLISHED);
        ScorecardRun old = as(Role.VIEWER, () -> runs.get(first.id()));
        assertThat(old.status()).isEqualTo(RunStatus.RESTATED);
        // the frozen numbers of version 1 did not change
        assertThat(old.numbers().metrics().get(0).vendor().denominator())
                .isEqualTo(first.numbers().metrics().get(0).vendor().denominator());
    }

    @Test
    void verificationDiscrepanciesAreTheDifferenceToDuckDbsNumbers() {
        Contract contract = as(Role.ADMIN, () -> contracts.get(own));
        KpiRow row = new DuckDbEngine(lake.lake())
                        .run(LakeScorecards.query(
                                contract,
                                accounts.ownVendor.code(),
                                Set.of("csat", "aht", "offered"),
                                YearMonth.parse(PERIOD),
                                YearMonth.parse(PERIOD)))
                        .stream()
                        .filter(r -> r.keys().get("handled_by").equals(accounts.ownVendor.code()))
                        .findFirst()
                        .orElseThrow();
        double csat = row.metric("csat").value();
        double aht = row.metric("aht").value();
        double offered = row.metric("offered").value();
        Map<String, Double> reported = new LinkedHashMap<>();
        reported.put("csat", csat + 0.30);
        reported.put("aht", aht);
        reported.put("offered", offered);
        Verification v = as(Role.VENDOR, () -> runs.verify(own, PERIOD, reported));
        assertThat(v.lines()).hasSize(3);
        Verification.Line c = v.lines().get(0);
        assertThat(c.recomputed()).isCloseTo(csat, within(1e-12));
        assertThat(c.difference()).isCloseTo(0.30, within(1e-9));
        assertThat(c.outsideInterval()).isTrue();
        assertThat(v.lines().get(1).difference()).isCloseTo(0, within(1e-9));
        assertThat(v.lines().get(1).outsideInterval()).isFalse();
        assertThat(v.lines().get(2).outsideInterval()).isFalse();
        assertThat(v.discrepancies()).isEqualTo(1);
    }

    @Test
    void csvOfReportedKpisNamesTheBadLine() {
        assertThat(ScorecardRuns.parseReported("metric,value\ncsat,0.8\naht;300"))
                .containsEntry("aht", 300.0);
        assertThatThrownBy(() -> ScorecardRuns.parseReported("csat,0.8\naht,lots"))
                .hasMessageContaining("line 2, column 2");
    }

    @Test
    void aVendorSeesOnlyItsOwnPublishedRuns() throws Exception {
        ScorecardRun otherRun = as(Role.ANALYST, () -> runs.run(other, PERIOD));
        as(Role.MANAGER, () -> runs.publish(otherRun.id(), null));
        ScorecardRun ownDraft = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        var vendor = user(accounts.principal(Role.VENDOR));
        mvc.perform(get("/api/v1/scorecards/runs/" + otherRun.id()).with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/scorecards/contracts/" + other + "/runs").with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/scorecards/runs/" + ownDraft.id()).with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/scorecards/contracts/" + other + "/verifications")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-02\",\"reported\":{\"csat\":0.8}}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/scorecards/contracts/" + own + "/runs")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-02\"}"))
                .andExpect(status().isForbidden());
        as(Role.MANAGER, () -> runs.publish(ownDraft.id(), null));
        mvc.perform(get("/api/v1/scorecards/contracts/" + own + "/runs").with(vendor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("PUBLISHED"));
    }

    @Test
    void runOverAllContractsReportsProgressUntilFinished() throws Exception {
        var analyst = user(accounts.principal(Role.ANALYST));
        String body = mvc.perform(post("/api/v1/scorecards/batches")
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-01\",\"to\":\"2026-03\"}"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        RunBatch batch = null;
        for (int i = 0; i < 200; i++) {
            batch = as(Role.ANALYST, () -> runs.batch(id));
            if (batch.finished()) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(batch.finished()).isTrue();
        assertThat(batch.done()).isEqualTo(batch.total());
        assertThat(batch.runIds().size()).isGreaterThanOrEqualTo(6);
        mvc.perform(get("/scorecards").with(analyst)).andExpect(status().isOk());
        mvc.perform(get("/scorecards/contracts/" + own).with(analyst)).andExpect(status().isOk());
        mvc.perform(get("/scorecards/runs/" + batch.runIds().getFirst()).with(analyst))
                .andExpect(status().isOk());
    }

    @Test
    void aWeeklyRunMeasuresTheIsoWeekAndPublishesLikeAMonth() throws Exception {
        var analyst = user(accounts.principal(Role.ANALYST));
        String body = mvc.perform(post("/api/v1/scorecards/contracts/" + own + "/runs")
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-W07\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value("2026-W07"))
                .andExpect(jsonPath("$.periodStart").value("2026-02-09"))
                .andExpect(jsonPath("$.periodEnd").value("2026-02-15"))
                .andExpect(jsonPath("$.weekly").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long runId = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        ScorecardRun week = as(Role.ANALYST, () -> runs.get(runId));
        assertThat(week.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(week.numbers().standing()).isNull();
        assertThat(week.numbers().creditPercent()).isZero();
        assertThat(week.numbers().score()).isNotNull();

        // second computation: DuckDB straight over Monday 9 to Sunday 15 February, the contract's queues, no grouping
        List<KpiRow> rows = new DuckDbEngine(lake.lake())
                .run(KpiQuery.of(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 15), Dimension.HANDLED_BY)
                        .withVendors(Set.of(accounts.ownVendor.code(), "inhouse"))
                        .withMetrics(Set.of("csat", "qa", "aht", "churn_after_contact", "lead_conversion"))
                        .withSegment(Dimension.QUEUE, Set.of("billing", "technical")));
        KpiRow vendorRow = rows.stream()
                .filter(r -> r.keys().get("handled_by").equals(accounts.ownVendor.code()))
                .findFirst()
                .orElseThrow();
        KpiRow inHouseRow = rows.stream()
                .filter(r -> r.keys().get("handled_by").equals("inhouse"))
                .findFirst()
                .orElseThrow();
        for (ScorecardNumbers.Line line : week.numbers().metrics()) {
            MetricFigure vendor = MetricFigure.of(vendorRow.metric(line.metricId()));
            MetricFigure inHouse = MetricFigure.of(inHouseRow.metric(line.metricId()));
            assertThat(line.vendor()).as(line.metricId()).isNotNull();
            assertThat(line.vendor().sameAs(vendor)).as(line.metricId()).isTrue();
            assertThat(line.inHouse() == null ? inHouse == null : line.inHouse().sameAs(inHouse))
                    .as(line.metricId())
                    .isTrue();
        }
        // a week is a different measurement from its month
        ScorecardRun month = as(Role.ANALYST, () -> runs.run(own, "2026-02"));
        assertThat(month.numbers().metrics().getFirst().vendor().denominator())
                .isGreaterThan(week.numbers().metrics().getFirst().vendor().denominator());
        // a draft carries no standing: a published month's standing is the contract's, over all its months
        assertThat(month.numbers().standing()).isNull();

        ScorecardRun published = as(Role.MANAGER, () -> runs.publish(runId, null));
        assertThat(published.status()).isEqualTo(RunStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(1);
        ScorecardRun again = as(Role.ANALYST, () -> runs.run(own, "2026-w07"));
        assertThat(again.period()).isEqualTo("2026-W07");
        assertThat(again.matchesPublished()).isTrue();
        assertThat(as(Role.VIEWER, () -> runs.versions(own, "2026-W07")))
                .extracting(ScorecardRun::id)
                .containsExactly(runId, again.id());
        mvc.perform(get("/scorecards/runs/" + runId).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Service credits and standings")));
        mvc.perform(get("/scorecards/contracts/" + own).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2026-W07")));

        for (String bad : List.of("2026-W60", "2026-13", "junk", "2021-W53")) {
            mvc.perform(post("/api/v1/scorecards/contracts/" + own + "/runs")
                            .with(analyst)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"period\":\"" + bad + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("period")));
        }
    }
}
