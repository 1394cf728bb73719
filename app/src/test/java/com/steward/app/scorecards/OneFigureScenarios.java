package com.steward.app.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.IngestFixtures;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.scorecards.Direction;
import com.steward.core.scorecards.MetricKind;
import com.steward.core.scorecards.ScorecardMetric;
import com.steward.core.scorecards.Scorecards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One figure per contract and month, with the real minimum samples: a run below a metric's minimum or outside the
 * term has insufficient data and needs an override to publish; publishing supersedes what was recorded by hand with
 * an audited restatement; a published month cannot be typed over (409, also said in the form); a DRAFT contract has
 * no standing; the contract and scorecards APIs show the same figure. On H2 and PostgreSQL by the two subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"steward.scorecards.cron=-", "steward.monitoring.cron=-"})
abstract class OneFigureScenarios {

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
    MinimumSamples minimums;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    long own;

    @BeforeEach
    void contractAndData() throws IOException {
        accounts = TestAccounts.create(vendors, users);
        own = as(Role.MANAGER, () -> create(accounts.ownVendor.id(), "One figure", ContractStatus.ACTIVE));
        String csv = IngestFixtures.interactionsCsv(
                "one-" + UUID.randomUUID() + "-",
                List.of(accounts.ownVendor.code(), accounts.otherVendor.code(), "inhouse"),
                1200,
                3);
        Path file = Files.createTempFile("one-figure-", ".csv");
        Files.writeString(file, csv);
        imports.importNow(new StartImportCommand(Dataset.INTERACTIONS, file, null, null, "test", "test"), p -> {});
    }

    private long create(long vendorId, String name, ContractStatus status) {
        Contract c = contracts.create(new ContractInput(
                vendorId,
                name,
                status,
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

    <T> T as(Role role, java.util.function.Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }

    @Test
    void aRunBelowAMinimumSampleHasInsufficientDataAndIsPublishedOnlyWithAnOverride() throws Exception {
        ScorecardRun draft = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        // independent reading of the rule: a line is insufficient exactly when its vendor sample is below the minimum
        boolean anyShort = false;
        for (ScorecardNumbers.Line l : draft.numbers().metrics()) {
            boolean shortSample = l.vendor() == null || l.vendor().sampleSize() < minimums.of(l.metricId());
            assertThat(l.insufficient()).as(l.metricId()).isEqualTo(shortSample);
            assertThat(l.minimumSample()).isEqualTo(minimums.of(l.metricId()));
            anyShort |= shortSample;
        }
        assertThat(anyShort)
                .as("the fixture's %s has a metric below its minimum", PERIOD)
                .isTrue();
        assertThat(draft.numbers().insufficient()).isTrue();
        assertThat(draft.numbers().score()).isNull();
        assertThat(draft.numbers().creditPercent()).isZero();
        assertThat(draft.numbers().standing()).isNull();
        assertThat(String.join(";", draft.numbers().insufficientData())).contains("below the minimum");

        var manager = user(accounts.principal(Role.MANAGER));
        mvc.perform(post("/api/v1/scorecards/runs/" + draft.id() + "/publish")
                        .with(manager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("insufficient data")));
        mvc.perform(post("/api/v1/scorecards/runs/" + draft.id() + "/publish")
                        .with(manager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"override\":\"QA sample agreed at the February QBR\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.overrideReason").value("QA sample agreed at the February QBR"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'scorecard_run' AND entity_id = :id"
                                + " AND after_state LIKE '%QA sample agreed%'")
                        .param("id", Long.toString(draft.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // with the override the month is scored on the values the run has: a second computation from its lines
        ScorecardResults.Period month =
                as(Role.MANAGER, () -> contracts.results(own)).period(PERIOD).orElseThrow();
        assertThat(month.source()).isEqualTo(ScorecardResults.Source.PUBLISHED_RUN);
        assertThat(month.runId()).isEqualTo(draft.id());
        assertThat(month.overrideReason()).isEqualTo("QA sample agreed at the February QBR");
        List<ScorecardMetric> card = List.of(
                new ScorecardMetric("csat", MetricKind.CUSTOMER, Direction.HIGHER_IS_BETTER, 0.85, 0.75, 40),
                new ScorecardMetric("qa", MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 90, 80, 30),
                new ScorecardMetric("aht", MetricKind.OPERATIONAL, Direction.LOWER_IS_BETTER, 300, 360, 30));
        Map<String, Double> values = new HashMap<>();
        draft.numbers().metrics().stream()
                .filter(l -> l.vendor() != null)
                .forEach(l -> values.put(l.metricId(), l.vendor().value()));
        assertThat(month.score()).isCloseTo(Scorecards.score(card, values).score(), within(1e-9));
        assertThat(month.standing()).isNotNull();
    }

    @Test
    void aMonthOutsideTheContractTermHasInsufficientData() {
        ScorecardRun draft = as(Role.ANALYST, () -> runs.run(own, "2025-12"));
        assertThat(draft.numbers().insufficientData()).anyMatch(r -> r.startsWith("outside the contract term"));
        assertThat(draft.numbers().score()).isNull();
        assertThatThrownBy(() -> as(Role.MANAGER, () -> runs.publish(draft.id(), null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("outside the contract term");
    }

    @Test
    void publishingSupersedesWhatWasRecordedByHandWithAnAuditedRestatement() throws Exception {
        // by hand: CSAT 0.70 (attainment 0), QA 85 (50), AHT 330 s (50) → (40·0 + 30·50 + 30·50) / 100 = 30
        as(
                Role.ANALYST,
                () -> contracts.recordResults(
                        own, new ResultInput(PERIOD, null, Map.of("csat", 0.70, "qa", 85.0, "aht", 330.0))));
        ScorecardResults.Period byHand =
                as(Role.MANAGER, () -> contracts.results(own)).period(PERIOD).orElseThrow();
        assertThat(byHand.source()).isEqualTo(ScorecardResults.Source.RECORDED_BY_HAND);
        assertThat(byHand.score()).isCloseTo(30.0, within(1e-9));
        String page = mvc.perform(get("/contracts/" + own).with(user(accounts.principal(Role.MANAGER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("recorded by hand");

        ScorecardRun draft = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        as(Role.MANAGER, () -> runs.publish(draft.id(), null, "small sample accepted for the test month"));

        ScorecardResults after = as(Role.MANAGER, () -> contracts.results(own));
        ScorecardResults.Period month = after.period(PERIOD).orElseThrow();
        assertThat(month.source()).isEqualTo(ScorecardResults.Source.PUBLISHED_RUN);
        assertThat(month.runId()).isEqualTo(draft.id());
        assertThat(month.score()).isNotCloseTo(30.0, within(1e-6));
        assertThat(after.periods()).filteredOn(p -> p.period().equals(PERIOD)).hasSize(1);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM scorecard_results WHERE contract_id = :c AND superseded_by_run_id = :r")
                        .param("c", own)
                        .param("r", draft.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'scorecard_results' AND entity_id = :c"
                                + " AND after_state LIKE :run")
                        .param("c", Long.toString(own))
                        .param("run", "%\"supersededByRun\":" + draft.id() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String shown = mvc.perform(get("/contracts/" + own).with(user(accounts.principal(Role.MANAGER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown).doesNotContain("data-testid=\"recorded-by-hand\"").contains("published run v1");
    }

    @Test
    void aPublishedMonthCannotBeRecordedByHandAndTheFormSaysWhy() throws Exception {
        ScorecardRun draft = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        as(Role.MANAGER, () -> runs.publish(draft.id(), null, "accepted"));
        var analyst = user(accounts.principal(Role.ANALYST));
        mvc.perform(post("/api/v1/contracts/" + own + "/results")
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"" + PERIOD + "\",\"values\":{\"csat\":0.9}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("has a published scorecard run")));
        mvc.perform(post("/contracts/" + own + "/results")
                        .with(analyst)
                        .with(csrf())
                        .param("period", PERIOD)
                        .param("value.csat", "0.9"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "recordError", org.hamcrest.Matchers.containsString("cannot be recorded by hand")));
        assertThatThrownBy(() -> as(
                        Role.ANALYST,
                        () -> contracts.importResults(
                                own, "period,metric_id,measured\n2026-03,csat,0.8\n2026-02,qa,85")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("csv line 3");
        // nothing of the CSV was stored, not even its good first line
        assertThat(as(Role.MANAGER, () -> contracts.results(own)).period("2026-03"))
                .isEmpty();
    }

    @Test
    void aDraftContractShowsNoStanding() throws Exception {
        long draft = as(Role.MANAGER, () -> create(accounts.ownVendor.id(), "Not signed yet", ContractStatus.DRAFT));
        as(
                Role.ANALYST,
                () -> contracts.recordResults(
                        draft, new ResultInput("2026-03", null, Map.of("csat", 0.70, "qa", 85.0, "aht", 330.0))));
        ScorecardResults results = as(Role.MANAGER, () -> contracts.results(draft));
        assertThat(results.standing()).isNull();
        assertThat(results.periods())
                .singleElement()
                .satisfies(p -> assertThat(p.standing()).isNull());
        String page = mvc.perform(get("/contracts/" + draft).with(user(accounts.principal(Role.MANAGER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("no standing").doesNotContain("standing-green");
    }

    @Test
    void theContractAndScorecardApisShowTheSameFigureForAPublishedMonth() throws Exception {
        ScorecardRun draft = as(Role.ANALYST, () -> runs.run(own, PERIOD));
        as(Role.MANAGER, () -> runs.publish(draft.id(), null, "accepted"));
        ScorecardResults.Period month =
                as(Role.MANAGER, () -> contracts.results(own)).period(PERIOD).orElseThrow();
        var manager = user(accounts.principal(Role.MANAGER));
        mvc.perform(get("/api/v1/scorecards/contracts/" + own + "/runs").with(manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].numbers.standing").value(month.standing()))
                .andExpect(jsonPath("$[0].numbers.score").value(month.score()))
                .andExpect(jsonPath("$[0].numbers.creditPercent").value(month.creditPercent()));
        mvc.perform(get("/api/v1/contracts/" + own + "/results").with(manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].source").value("PUBLISHED_RUN"))
                .andExpect(jsonPath("$.periods[0].standing").value(month.standing()))
                .andExpect(jsonPath("$.standing").value(month.standing()));
    }
}
