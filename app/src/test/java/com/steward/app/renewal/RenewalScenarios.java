package com.steward.app.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.PricingLink;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.core.costing.PricingModel;
import com.steward.core.renewal.ExitOptions;
import com.steward.core.renewal.OptionKind;
import com.steward.core.renewal.OptionsComparison;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Switch or renew end to end, on H2 and PostgreSQL by the two subclasses: the history agrees with the contract's
 * standings; a VENDOR user marks its own side's milestones done and nothing else; comparisons and decisions are hidden
 * from vendors; a decision keeps its evidence when the results change and is corrected only by superseding it.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class RenewalScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Contracts contracts;

    @Autowired
    Renewals renewals;

    @Autowired
    AuditLog audit;

    @Autowired
    BusinessCaseScenarios businessCases;

    TestAccounts accounts;
    Contract own;
    Contract other;

    @BeforeEach
    void contractsWithResults() {
        accounts = TestAccounts.create(vendors, users);
        own = as(Role.ADMIN, () -> RenewalFixtures.contractWithResults(contracts, accounts.ownVendor.id(), "Own"));
        other = as(
                Role.ADMIN, () -> RenewalFixtures.contractWithResults(contracts, accounts.otherVendor.id(), "Other"));
    }

    @Test
    void historyFollowsTheContractsStandings() throws Exception {
        UnderPerformanceHistory h = as(Role.MANAGER, () -> renewals.history(own.id()));
        ScorecardResults results = as(Role.MANAGER, () -> contracts.results(own.id()));
        assertThat(h.periods())
                .extracting(UnderPerformanceHistory.PeriodLine::standing)
                .containsExactlyElementsOf(results.periods().stream()
                        .map(ScorecardResults.Period::standing)
                        .toList());
        assertThat(h.periods())
                .extracting(UnderPerformanceHistory.PeriodLine::standing)
                .containsExactly("GREEN", "WATCH", "REMEDIATION", "EXIT_CANDIDATE", "GREEN", "WATCH");
        assertThat(h.periods())
                .extracting(UnderPerformanceHistory.PeriodLine::consecutiveBelow)
                .containsExactly(0, 1, 2, 3, 0, 1);
        assertThat(h.runs()).hasSize(2);
        assertThat(h.runs().getFirst().firstPeriod()).isEqualTo("2026-02");
        assertThat(h.runs().getFirst().remediationFrom()).isEqualTo("2026-03");
        assertThat(h.runs().getFirst().chronicFrom()).isEqualTo("2026-04");
        assertThat(h.runs().getLast().ongoing()).isTrue();
        assertThat(h.periodsBelow()).isEqualTo(4);
        assertThat(h.thresholdScore()).isEqualTo(80.0);

        mvc.perform(get("/govern/renewal/contracts/" + own.id()).with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"history-chart\"")))
                .andExpect(content().string(containsString("renewal-history")))
                .andExpect(content().string(containsString("2026-04")))
                .andExpect(content().string(not(containsString("options-link"))));
        mvc.perform(get("/api/v1/renewal/contracts/" + other.id() + "/history")
                        .with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVendorMarksItsOwnSideDoneAndNothingElse() throws Exception {
        RemediationPlan plan = as(Role.MANAGER, () -> renewals.openPlan(own.id(), RenewalFixtures.plan()));
        RemediationPlan otherPlan = as(Role.MANAGER, () -> renewals.openPlan(other.id(), RenewalFixtures.plan()));
        assertThat(plan.reason()).contains("since 2026-06").contains("WATCH");
        long vendorSide = plan.milestones().get(0).id();
        long clientSide = plan.milestones().get(1).id();
        var vendor = user(accounts.principal(Role.VENDOR));

        mvc.perform(put("/api/v1/renewal/milestones/" + clientSide)
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidence\":\"done\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/renewal/milestones/" + vendorSide)
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"MISSED\",\"evidence\":\"late\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/renewal/milestones/" + vendorSide)
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("evidence")));
        mvc.perform(put("/api/v1/renewal/milestones/"
                                + otherPlan.milestones().getFirst().id())
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidence\":\"not ours\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/renewal/plans/" + plan.id() + "/status")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SUCCEEDED\",\"note\":\"we say so\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/renewal/milestones/" + vendorSide)
                        .with(user(accounts.principal(Role.VIEWER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidence\":\"x\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/renewal/milestones/" + vendorSide)
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidence\":\"Retraining attendance sheet uploaded\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].status").value("DONE"))
                .andExpect(jsonPath("$.milestones[1].status").value("OPEN"));
        RemediationPlan after = as(Role.VIEWER, () -> renewals.plan(plan.id()));
        assertThat(after.progress().done()).isEqualTo(1);
        assertThat(after.progress().donePercent()).isEqualTo(50.0);
        assertThat(after.milestones().getFirst().updatedBy())
                .isEqualTo(accounts.principal(Role.VENDOR).getUsername());
        assertThat(audit.newest(Renewals.AUDIT_MILESTONE, 10))
                .anySatisfy(e -> assertThat(e.entityId()).isEqualTo(Long.toString(vendorSide)));

        // the vendor reads its own plans, never the other vendor's
        mvc.perform(get("/api/v1/renewal/vendors/" + accounts.ownVendor.id() + "/plans")
                        .with(vendor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/renewal/plans/" + otherPlan.id()).with(vendor)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/renewal/vendors/" + accounts.otherVendor.id() + "/plans")
                        .with(vendor))
                .andExpect(status().isNotFound());

        // the manager closes the plan; the milestones then no longer change
        as(Role.MANAGER, () -> renewals.setPlanStatus(plan.id(), new PlanStatusInput(PlanStatus.FAILED, "Missed QA")));
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> renewals.updateMilestone(
                                clientSide, new MilestoneUpdate(MilestoneStatus.MISSED, null, "too late"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void comparisonsAndDecisionsAreHiddenFromVendors() throws Exception {
        var vendor = user(accounts.principal(Role.VENDOR));
        for (String path : List.of(
                "/api/v1/renewal/contracts/" + own.id() + "/comparisons",
                "/api/v1/renewal/contracts/" + own.id() + "/decisions",
                "/api/v1/renewal/contracts/" + own.id() + "/options/defaults",
                "/govern/renewal/contracts/" + own.id() + "/options",
                "/govern/renewal/contracts/" + own.id() + "/decisions")) {
            mvc.perform(get(path).with(vendor)).andExpect(status().isForbidden());
        }
        assertThatThrownBy(() -> as(Role.VENDOR, () -> renewals.latestDecision(own.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(get("/govern/renewal").with(vendor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Own")))
                .andExpect(content().string(not(containsString(">Other<"))))
                .andExpect(content().string(not(containsString("Decision in force"))));
        mvc.perform(
                        post("/api/v1/renewal/contracts/" + own.id() + "/decisions")
                                .with(user(accounts.principal(Role.VIEWER)))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"option\":\"RENEW\",\"rationale\":\"r\",\"internalMessage\":\"i\",\"vendorMessage\":\"v\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/renewal/contracts/" + own.id() + "/decisions")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk());
    }

    @Test
    void theComparisonIsTheCoreEnginesAndBadInputIsRefusedWhole() throws Exception {
        StoredComparison stored =
                as(Role.MANAGER, () -> renewals.saveComparison(own.id(), RenewalFixtures.options("Twelve months")));
        OptionsEvaluation e = as(Role.ANALYST, () -> renewals.comparison(stored.id()));
        OptionsComparison core =
                ExitOptions.compare(RenewalFixtures.options("x").toCore());
        // renew: flat 100,000 + governance 10,000 a month for 12 months
        assertThat(e.options().getFirst().kind()).isEqualTo("RENEW");
        assertThat(e.options().getFirst().totalCost()).isCloseTo(12 * 110_000, within(1e-6));
        for (int i = 0; i < core.options().size(); i++) {
            assertThat(e.options().get(i).totalCost())
                    .isCloseTo(core.options().get(i).totalCost(), within(1e-6));
        }
        // switch at 1.60 × 60,000 = 96,000 + 10,000: one-time 50k + 20k + 25k + 0.01 × 10,000 × 500 + 1 month parallel
        OptionsEvaluation.Option sw = e.options().get(1);
        assertThat(sw.oneTimeCosts()).isCloseTo(50_000 + 20_000 + 25_000 + 50_000 + 100_000, within(1e-6));
        assertThat(sw.totalCost()).isCloseTo(12 * 106_000 + 245_000, within(1e-6));
        assertThat(sw.chanceOfBeatingCurrent()).isEqualTo(sw.savingsVsCurrent() > 0 ? 1.0 : 0.0);
        assertThat(e.options().get(2).kind()).isEqualTo(OptionKind.IN_HOUSE.name());

        mvc.perform(
                        post("/api/v1/renewal/contracts/" + own.id() + "/comparisons")
                                .with(user(accounts.principal(Role.MANAGER)))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"Bad\",\"current\":{\"name\":\"V\",\"pricingModel\":\"PER_CONTACT\",\"price\":-1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("current.price")));
        mvc.perform(post("/api/v1/renewal/contracts/" + own.id() + "/comparisons")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"name\":\"Bad\",\"current\":{\"name\":\"V\",\"pricingModel\":\"PER_CONTACT\",\"price\":1},"
                                        + "\"switching\":{\"parallelRunMonths\":99}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("switching.parallelRunMonths")));
        assertThat(as(Role.MANAGER, () -> renewals.comparisons(own.id()))).hasSize(1);

        mvc.perform(post("/govern/renewal/contracts/" + own.id() + "/options/evaluation")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .param("name", "Form")
                        .param("currentModel", "PER_CONTACT")
                        .param("currentPrice", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("currentPrice: &#39;abc&#39; is not a number")));
    }

    @Test
    void aDecisionKeepsItsEvidenceAndIsCorrectedOnlyBySupersession() throws Exception {
        as(Role.MANAGER, () -> renewals.openPlan(own.id(), RenewalFixtures.plan()));
        StoredComparison stored =
                as(Role.MANAGER, () -> renewals.saveComparison(own.id(), RenewalFixtures.options("At decision")));
        long before = audit.newest(Renewals.AUDIT_DECISION, 100).size();

        mvc.perform(post("/api/v1/renewal/contracts/" + own.id() + "/decisions")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"option\":\"RENEW\",\"internalMessage\":\"i\",\"vendorMessage\":\"v\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("rationale")));
        assertThat(as(Role.MANAGER, () -> renewals.decisions(own.id()))).isEmpty();

        ExitDecision first = as(
                Role.MANAGER,
                () -> renewals.decide(
                        own.id(), RenewalFixtures.decision(DecisionOption.RENEW_WITH_REMEDIATION, "Give them a plan")));
        assertThat(first.comparisonId()).isEqualTo(stored.id());
        assertThat(first.evidence().history().periods()).hasSize(6);
        assertThat(first.evidence().remediation()).hasSize(1);
        double renewAtDecision =
                first.evidence().comparison().options().getFirst().totalCost();

        // results change afterwards: the decision's evidence does not
        as(
                Role.ADMIN,
                () -> contracts.recordResults(
                        own.id(), new ResultInput("2026-07", null, Map.of("csat", 0.60, "qa", 70.0, "aht", 400.0))));
        ExitDecision reread = as(Role.VIEWER, () -> renewals.decision(first.id()));
        assertThat(reread.evidence()).isEqualTo(first.evidence());
        assertThat(reread.evidence().history().standing()).isEqualTo("WATCH");
        assertThat(as(Role.VIEWER, () -> renewals.history(own.id())).standing()).isEqualTo("REMEDIATION");

        ExitDecision second = as(
                Role.MANAGER,
                () -> renewals.supersede(
                        first.id(),
                        new DecisionInput(
                                DecisionOption.SWITCH, "Two more bad months", "We switch", "We will exit", null)));
        assertThat(second.supersedesId()).isEqualTo(first.id());
        assertThat(second.evidence().history().periods()).hasSize(7);
        ExitDecision old = as(Role.VIEWER, () -> renewals.decision(first.id()));
        assertThat(old.supersededById()).isEqualTo(second.id());
        assertThat(old.option()).isEqualTo(DecisionOption.RENEW_WITH_REMEDIATION);
        assertThat(old.rationale()).isEqualTo("Give them a plan");
        assertThat(old.evidence().comparison().options().getFirst().totalCost()).isEqualTo(renewAtDecision);
        assertThat(as(Role.VIEWER, () -> renewals.latestDecision(own.id()))
                        .orElseThrow()
                        .id())
                .isEqualTo(second.id());

        mvc.perform(
                        post("/api/v1/renewal/decisions/" + first.id() + "/supersession")
                                .with(user(accounts.principal(Role.MANAGER)))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"option\":\"RENEW\",\"rationale\":\"r\",\"internalMessage\":\"i\",\"vendorMessage\":\"v\"}"))
                .andExpect(status().isConflict());
        assertThat(audit.newest(Renewals.AUDIT_DECISION, 100).size() - before).isEqualTo(3);

        mvc.perform(get("/govern/renewal/decisions/" + first.id()).with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"superseded\"")))
                .andExpect(content().string(containsString("Give them a plan")));
    }

    @Test
    void optionsStartFromTheLinkedBusinessCase() {
        BusinessCaseInput template = BusinessCaseInput.template("Renewal case");
        BusinessCaseInput twoOffers = new BusinessCaseInput(
                template.name(),
                template.notes(),
                24,
                0.06,
                new BusinessCaseInput.WorkloadInput(45_000.0, 280.0, null, null, null, 7_000.0),
                template.inHouse(),
                new BusinessCaseInput.HiddenCostsInput(2.0, 80_000.0, 3, 35_000.0, 55_000.0, 0.004, 20_000.0, 900.0),
                List.of(
                        new BusinessCaseInput.OfferInput(
                                "Offer A",
                                PricingModel.PER_PRODUCTIVE_HOUR,
                                31.0,
                                null,
                                120_000.0,
                                null,
                                null,
                                null,
                                null),
                        new BusinessCaseInput.OfferInput(
                                "Offer B", PricingModel.PER_CONTACT, 2.4, null, 90_000.0, null, null, null, null)));
        long caseId = as(Role.MANAGER, () -> businessCases.create(twoOffers)).id();
        ContractInput base = ContractFixtures.contractFor(accounts.ownVendor.id(), "Linked");
        Contract linked = as(
                Role.ADMIN,
                () -> contracts.create(new ContractInput(
                        base.vendorId(),
                        base.name(),
                        base.status(),
                        base.termStart(),
                        base.termEnd(),
                        new PricingLink(caseId, "Offer A"),
                        base.queues(),
                        base.regions(),
                        base.channels(),
                        base.monthlyInvoice(),
                        null)));

        OptionsInput d = as(Role.ANALYST, () -> renewals.defaults(linked.id()));
        assertThat(d.termMonths()).isEqualTo(24);
        assertThat(d.annualDiscountRate()).isEqualTo(0.06);
        assertThat(d.workload().contactsPerMonth()).isEqualTo(45_000.0);
        assertThat(d.governanceFte()).isEqualTo(2.0);
        assertThat(d.current().name()).isEqualTo(accounts.ownVendor.name());
        assertThat(d.current().price()).isEqualTo(31.0);
        assertThat(d.alternative().name()).isEqualTo("Offer B");
        assertThat(d.switching()).isEqualTo(new OptionsInput.SwitchInput(90_000.0, 35_000.0, 3));
        assertThat(d.leaving()).isEqualTo(new OptionsInput.LeavingInput(55_000.0, 0.004, 20_000.0, 900.0));
        OptionsEvaluation e = as(Role.ANALYST, () -> renewals.evaluate(linked.id(), d));
        assertThat(e.options())
                .extracting(OptionsEvaluation.Option::kind)
                .containsExactly("RENEW", "SWITCH", "IN_HOUSE");

        // without a business case: the contract's invoice as a flat monthly price
        OptionsInput flat = as(Role.ANALYST, () -> renewals.defaults(own.id()));
        assertThat(flat.current().monthlyMinimum()).isEqualTo(100_000.0);
        assertThat(flat.alternative()).isNull();
    }

    private <T> T as(Role role, Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }
}
