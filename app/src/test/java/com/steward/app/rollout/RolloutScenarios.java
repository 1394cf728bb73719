package com.steward.app.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The phased roll-out end to end on the demo company's simulated lake (its own context, so its own lake), on H2
 * and PostgreSQL by the two subclasses: corvid, which degrades over the last three months, fails its CSAT gate
 * against in-house with the evidence; acme passes or asks for more contacts; decisions store the evidence and are
 * audited; a VENDOR user never sees another vendor's gates.
 */
@SpringBootTest(properties = "steward.test.rollout-lake=demo")
@AutoConfigureMockMvc
abstract class RolloutScenarios {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    InteractionLake lake;

    @Autowired
    TransitionPlans plans;

    @Autowired
    AuditLog audit;

    TestAccounts accounts;
    Vendor corvid;
    Vendor acme;

    @BeforeEach
    void demoLakeAndVendors() {
        synchronized (RolloutScenarios.class) {
            if (!lake.hasInteractions()) {
                com.steward.analytics.simulator.DemoCompany.generate(
                        lake.lake().root(), 42, 12 * 4_000, YearMonth.of(2025, 4), 12, null);
            }
        }
        accounts = TestAccounts.create(vendors, users);
        corvid = vendor("corvid");
        acme = vendor("acme");
    }

    private Vendor vendor(String code) {
        return TestAccounts.asSystem(() -> vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseGet(() -> vendors.register(new RegisterVendorCommand(code, code, VendorStatus.CONTRACTED))));
    }

    private TransitionPlan plan(Vendor vendor, LocalDate from, LocalDate to) {
        return ContractFixtures.as(
                accounts,
                Role.MANAGER,
                () -> plans.create(RolloutFixtures.pilot(vendor.id(), vendor.code() + " pilot", from, to, List.of())));
    }

    @Test
    void degradingVendorFailsTheCsatGateWithTheEvidence() throws Exception {
        TransitionPlan plan = plan(corvid, FROM, TO);
        long phase = plan.phases().getFirst().id();
        mvc.perform(get("/api/v1/transition/phases/" + phase + "/evaluation")
                        .with(user(accounts.principal(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].gate.metric").value("csat"))
                .andExpect(jsonPath("$[0].verdict").value("FAIL"))
                .andExpect(jsonPath("$[0].vendor.observations").isNumber())
                .andExpect(jsonPath("$[0].baseline.observations").isNumber())
                .andExpect(jsonPath("$[0].tested.high").isNumber())
                .andExpect(jsonPath("$[0].method").value("Newcombe hybrid score interval"));
        List<GateEvaluation> evaluation = ContractFixtures.as(accounts, Role.ANALYST, () -> plans.evaluate(phase));
        GateEvaluation csat = evaluation.getFirst();
        assertThat(csat.tested().high()).isLessThan(-2.0);
        assertThat(csat.vendor().value()).isLessThan(csat.baseline().value());
        System.out.println("corvid gates: "
                + evaluation.stream()
                        .map(e -> e.description() + " " + e.verdict() + " " + e.explanation())
                        .toList());
    }

    @Test
    void steadyVendorPassesOrSaysHowManyContactsAreNeeded() {
        TransitionPlan plan = plan(acme, FROM, TO);
        List<GateEvaluation> evaluation = ContractFixtures.as(
                accounts,
                Role.MANAGER,
                () -> plans.evaluate(plan.phases().getFirst().id()));
        System.out.println("acme gates: "
                + evaluation.stream()
                        .map(e -> e.description() + " " + e.verdict() + " " + e.explanation())
                        .toList());
        GateEvaluation csat = evaluation.getFirst();
        assertThat(csat.verdict()).isIn(Verdict.PASS, Verdict.NOT_ENOUGH_DATA);
        if (csat.verdict() == Verdict.NOT_ENOUGH_DATA) {
            assertThat(csat.neededPerGroup()).isGreaterThan(csat.vendor().observations());
            assertThat(csat.explanation()).contains("observations per group are needed");
        }
    }

    @Test
    void aPhaseWithoutDataIsNotEnoughDataNeverAPass() {
        TransitionPlan plan = plan(acme, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
        List<GateEvaluation> evaluation = ContractFixtures.as(
                accounts,
                Role.MANAGER,
                () -> plans.evaluate(plan.phases().getFirst().id()));
        assertThat(evaluation).allSatisfy(e -> assertThat(e.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA));
    }

    @Test
    void aNoGoDecisionStoresTheEvidenceAndWhoDecidedAndIsAudited() throws Exception {
        TransitionPlan plan = plan(corvid, FROM, TO);
        long phase = plan.phases().getFirst().id();
        mvc.perform(post("/api/v1/transition/phases/" + phase + "/decisions")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"NO_GO\",\"rationale\":\"CSAT below in-house beyond the margin\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("NO_GO"))
                .andExpect(jsonPath("$.decidedBy")
                        .value(accounts.principal(Role.MANAGER).getUsername()))
                .andExpect(jsonPath("$.evidence").value(containsString("\"verdict\":\"FAIL\"")));
        mvc.perform(get("/api/v1/transition/phases/" + phase + "/decisions")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(jsonPath("$[0].decision").value("NO_GO"));
        assertThat(audit.newest(TransitionPlans.AUDIT_DECISION, 5))
                .anySatisfy(e -> assertThat(e.actor())
                        .isEqualTo(accounts.principal(Role.MANAGER).getUsername()));
        mvc.perform(post("/api/v1/transition/phases/" + phase + "/decisions")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"GO\",\"rationale\":\" \"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theComparisonShowsAClearlyNegativeDifferenceInDifferencesForTheDegradingVendor() {
        TransitionPlan plan = plan(corvid, FROM, TO);
        PhaseComparison comparison = ContractFixtures.as(
                accounts,
                Role.ANALYST,
                () -> plans.compare(plan.phases().getFirst().id()));
        PhaseComparison.Row csat = comparison.rows().getFirst();
        assertThat(csat.metric()).isEqualTo("csat");
        assertThat(csat.did()).isNotNull();
        assertThat(csat.did().estimate().high()).isLessThan(0);
        assertThat(csat.mix()).isNotNull();
        assertThat(csat.mix().coverage()).isGreaterThan(0.9);
        assertThat(csat.mix().difference().high()).isLessThan(0);
        assertThat(comparison.beforeTo()).isEqualTo(FROM.minusDays(1));
    }

    @Test
    void aVendorUserSeesItsOwnPlanButNotAnotherVendorsGates() throws Exception {
        TransitionPlan own = plan(accounts.ownVendor, FROM, TO);
        TransitionPlan corvidPlan = plan(corvid, FROM, TO);
        var vendorUser = user(accounts.principal(Role.VENDOR));
        mvc.perform(get("/api/v1/transition/phases/" + own.phases().getFirst().id() + "/evaluation")
                        .with(vendorUser))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/transition/phases/"
                                + corvidPlan.phases().getFirst().id() + "/evaluation")
                        .with(vendorUser))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/transition/plans").with(vendorUser))
                .andExpect(content().string(containsString("Own")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("corvid pilot"))));
    }

    @Test
    void pagesShowTheGateResultsAndTheComparison() throws Exception {
        TransitionPlan plan = plan(corvid, FROM, TO);
        mvc.perform(get("/transition/plans/" + plan.id()).with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("verdict-fail")));
        mvc.perform(get("/transition/phases/" + plan.phases().getFirst().id() + "/comparison")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pilot-differences")));
    }

    @Test
    void rejectsAGateOnAnUnknownOrCountMetric() throws Exception {
        String body = """
                {"vendorId":%d,"name":"Bad","phases":[{"trafficShare":0.5,"start":"2026-01-01","end":"2026-01-31",
                 "gates":[{"metric":"offered","basis":"ABSOLUTE","comparison":"AT_LEAST","threshold":1}]}]}
                """.formatted(acme.id());
        mvc.perform(post("/api/v1/transition/plans")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("gates")));
    }
}
