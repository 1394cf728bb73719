package com.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardDefinition;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.duediligence.DueDiligence;
import com.steward.app.duediligence.VendorClient;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.selection.Selection;
import com.steward.app.selection.SelectionResult;
import com.steward.app.selection.Selections;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo company's Select and Contract data, run on H2 and on PostgreSQL by the two subclasses: loaded once
 * at start-up, loading again creates nothing, and the seeded contracts keep the quality-first rule.
 */
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=1",
            "steward.demo.lake.contacts-per-month=500"
        })
abstract class DemoSelectContractScenarios {

    /** Every table the demo's Select and Contract seeding writes to, and the audit log. */
    static final List<String> TABLES = List.of(
            "vendors",
            "users",
            "vendor_profiles",
            "vendor_contacts",
            "vendor_clients",
            "reference_calls",
            "reference_answers",
            "agent_interviews",
            "workforce_facts",
            "selections",
            "selection_vendors",
            "selection_weights",
            "selection_scores",
            "contracts",
            "scorecard_metrics",
            "contract_periods",
            "scorecard_results",
            "team_members",
            "audit_log");

    @Autowired
    DemoCompany demo;

    @Autowired
    VendorRegister vendors;

    @Autowired
    DueDiligence dueDiligence;

    @Autowired
    Selections selections;

    @Autowired
    Contracts contracts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    /** The selection's name: it carries the demo's first year. */
    private String selectionName() {
        return "Customer care partner " + DemoCalendar.of(clock).firstMonth().getYear();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static <T> T asAdmin(Supplier<T> work) {
        StewardUser admin = new StewardUser(0, "demo-test", "Demo test", null, Role.ADMIN, null, true, null);
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private Vendor vendor(String code) {
        return vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void loadingTheDemoTwiceCreatesNothingTwice() {
        Map<String, Long> before = counts();
        assertThat(before.get("contracts")).isGreaterThanOrEqualTo(2);
        assertThat(before.get("selection_scores")).isEqualTo(2L * 3 * 10);

        assertThat(demo.load()).isEmpty();
        assertThat(demo.load()).isEmpty();

        assertThat(counts()).isEqualTo(before);
        assertThat(asAdmin(selections::all))
                .filteredOn(s -> s.name().equals(selectionName()))
                .hasSize(1);
        assertThat(asAdmin(contracts::visibleContracts))
                .extracting(Contract::name)
                .filteredOn(n -> n.startsWith("Acme customer care ") || n.startsWith("Bluesky overflow care "))
                .hasSize(2)
                .doesNotHaveDuplicates();
    }

    @Test
    void theSeededContractsAreQualityFirstAndAcmeHasStandings() {
        for (Contract contract : asAdmin(contracts::visibleContracts)) {
            ScorecardDefinition scorecard = asAdmin(() -> contracts.scorecard(contract.id()));
            assertThat(scorecard.metrics()).hasSize(7);
            assertThat(scorecard.metrics().stream()
                            .mapToDouble(ScorecardDefinition.Line::weight)
                            .sum())
                    .isEqualTo(100.0);
            assertThat(scorecard.qualityAndCustomerShare()).isGreaterThanOrEqualTo(0.6);
            assertThat(scorecard.qualityShareMet()).isTrue();
            assertThat(scorecard.acknowledged()).isFalse();
            assertThat(scorecard.warning()).isNull();
            // the terms start with the simulated year and run past today
            DemoCalendar calendar = DemoCalendar.of(clock);
            assertThat(contract.termStart()).isEqualTo(calendar.firstMonth().atDay(1));
            assertThat(contract.termEnd()).isAfter(calendar.today());
        }
        Contract acme = asAdmin(contracts::visibleContracts).stream()
                .filter(c -> c.vendorId() == vendor("acme").id())
                .findFirst()
                .orElseThrow();
        ScorecardResults results = asAdmin(() -> contracts.results(acme.id()));
        assertThat(results.periods())
                .extracting(ScorecardResults.Period::standing)
                .containsExactly("GREEN", "GREEN", "WATCH", "REMEDIATION", "GREEN", "GREEN");
        assertThat(results.standing()).isEqualTo("GREEN");
        assertThat(asAdmin(() -> contracts.team(acme.id()))).hasSize(7);
    }

    @Test
    void theSelectionIsLockedForAcmeAndAcmeHasAMatchingLuxuryClient() {
        long acme = vendor("acme").id();
        Selection selection = asAdmin(selections::all).stream()
                .filter(s -> s.name().equals(selectionName()))
                .findFirst()
                .orElseThrow();
        assertThat(selection.locked()).isTrue();
        assertThat(selection.decision().chosenVendorId()).isEqualTo(acme);
        SelectionResult result = asAdmin(() -> selections.evaluate(selection.id()));
        assertThat(result.evaluators()).containsExactly("analyst", "manager");
        assertThat(result.ranking().getFirst().vendorId()).isEqualTo(acme);
        assertThat(asAdmin(() -> dueDiligence.clients(acme)))
                .filteredOn(VendorClient::matchesOurProfile)
                .extracting(VendorClient::industry)
                .containsExactly("luxury goods");
        for (String code : List.of("acme", "bluesky", "corvid")) {
            long id = vendor(code).id();
            assertThat(asAdmin(() -> dueDiligence.referenceCalls(id))).hasSize(2);
            assertThat(asAdmin(() -> dueDiligence.interviews(id)))
                    .extracting(i -> i.channel().name())
                    .containsExactlyInAnyOrder("PHONE", "IN_PERSON");
        }
    }
}
