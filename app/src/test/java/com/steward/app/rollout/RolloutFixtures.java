package com.steward.app.rollout;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Transition plans the tests share, created through the real facade. */
public final class RolloutFixtures {

    private RolloutFixtures() {}

    /** One pilot phase over {@code from..to} with a CSAT and an FCR gate relative to in-house and an absolute one. */
    public static PlanInput pilot(long vendorId, String name, LocalDate from, LocalDate to, List<String> queues) {
        return new PlanInput(
                vendorId,
                null,
                name,
                List.of(new PlanInput.PhaseInput(
                        "Pilot",
                        queues,
                        List.of(),
                        0.5,
                        from,
                        to,
                        List.of(
                                new PlanInput.GateInput("csat", Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, -2.0),
                                new PlanInput.GateInput("fcr", Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, -3.0),
                                new PlanInput.GateInput(
                                        "abandonment_rate", Gate.Basis.ABSOLUTE, Gate.Comparison.AT_MOST, 8.0)))));
    }

    /** {@code {ownPlan}}, {@code {otherPlan}}, {@code {ownPhase}}, {@code {otherPhase}} for the route × role matrix. */
    public static Map<String, String> routePlaceholders(TransitionPlans plans, TestAccounts accounts) {
        return ContractFixtures.as(accounts, Role.ADMIN, () -> {
            LocalDate from = LocalDate.of(2026, 1, 1);
            LocalDate to = LocalDate.of(2026, 3, 31);
            TransitionPlan own = plans.create(pilot(accounts.ownVendor.id(), "Own plan", from, to, List.of()));
            TransitionPlan other = plans.create(pilot(accounts.otherVendor.id(), "Other plan", from, to, List.of()));
            return Map.of(
                    "{ownPlan}", Long.toString(own.id()),
                    "{otherPlan}", Long.toString(other.id()),
                    "{ownPhase}", Long.toString(own.phases().getFirst().id()),
                    "{otherPhase}", Long.toString(other.phases().getFirst().id()));
        });
    }
}
