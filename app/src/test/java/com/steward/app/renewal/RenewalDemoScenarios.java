package com.steward.app.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.NotFoundException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo company's switch-or-renew story: Acme's remediation succeeded; Bluesky is chronic, its plan half met, and
 * the decision in force (renew with remediation) rests on a comparison where renewing is cheapest. The demo vendor
 * user of Acme sees Acme's plan and not Bluesky's.
 */
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=1",
            "steward.demo.lake.contacts-per-month=500"
        })
abstract class RenewalDemoScenarios {

    @Autowired
    VendorRegister vendors;

    @Autowired
    Contracts contracts;

    @Autowired
    Renewals renewals;

    @Autowired
    UserDirectory users;

    @Autowired
    java.time.Clock clock;

    @Test
    void blueskyIsChronicOnAHalfMetPlanAndRenewedWithRemediation() {
        Contract bluesky = contractOf("bluesky");
        UnderPerformanceHistory h = asAdmin(() -> renewals.history(bluesky.id()));
        assertThat(h.standing()).isEqualTo("EXIT_CANDIDATE");
        assertThat(h.chronic()).isTrue();
        assertThat(h.periods())
                .extracting(UnderPerformanceHistory.PeriodLine::standing)
                .containsExactly("GREEN", "WATCH", "REMEDIATION", "EXIT_CANDIDATE", "EXIT_CANDIDATE", "EXIT_CANDIDATE");
        // the story's January 2026, moved with the demo's year (its last month is the story's March 2026)
        assertThat(h.runs().getLast().chronicFrom())
                .isEqualTo(com.steward.app.demo.DemoCalendar.of(clock)
                        .period("2026-01")
                        .toString());

        RemediationPlan plan = asAdmin(() -> renewals.plans(bluesky.id())).getFirst();
        assertThat(plan.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(plan.progress()).isEqualTo(new RemediationPlan.Progress(5, 2, 2, 1, 40.0));

        ExitDecision decision =
                asAdmin(() -> renewals.latestDecision(bluesky.id())).orElseThrow();
        assertThat(decision.option()).isEqualTo(DecisionOption.RENEW_WITH_REMEDIATION);
        OptionsEvaluation c = decision.evidence().comparison();
        assertThat(c.cheapest()).isEqualTo("RENEW");
        assertThat(c.options())
                .extracting(OptionsEvaluation.Option::kind)
                .containsExactly("RENEW", "SWITCH", "IN_HOUSE");
        assertThat(c.options().get(1).savingsVsCurrent()).isNegative();
        assertThat(c.options().get(2).totalCost())
                .isGreaterThan(c.options().get(1).totalCost());
        assertThat(c.options().get(1).chanceOfBeatingCurrent()).isLessThan(0.5);
    }

    @Test
    void acmesPlanSucceededAndItsVendorUserSeesOnlyItsOwn() {
        Contract acme = contractOf("acme");
        Contract bluesky = contractOf("bluesky");
        RemediationPlan plan = asAdmin(() -> renewals.plans(acme.id())).getFirst();
        assertThat(plan.status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(plan.progress().done()).isEqualTo(3);
        assertThat(plan.progress().missed()).isEqualTo(1);
        assertThat(asAdmin(() -> renewals.history(acme.id())).standing()).isEqualTo("GREEN");

        StewardUser acmeAm = (StewardUser) users.loadUserByUsername("acme-am");
        assertThat(as(acmeAm, () -> renewals.remediationPlans(acme.vendorId()))).hasSize(1);
        assertThatThrownBy(() -> as(acmeAm, () -> renewals.plans(bluesky.id()))).isInstanceOf(NotFoundException.class);
    }

    private Contract contractOf(String code) {
        Vendor v = asAdmin(vendors::allVendorsForAdministration).stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElseThrow();
        return asAdmin(() -> contracts.visibleContracts().stream()
                .filter(c -> c.vendorId() == v.id())
                .findFirst()
                .orElseThrow());
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return as(new StewardUser(0, "test-admin", "Test admin", null, Role.ADMIN, null, true, null), work);
    }

    private static <T> T as(StewardUser user, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
