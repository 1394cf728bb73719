package com.steward.app.demo;

import static com.steward.app.demo.DemoActor.as;
import static com.steward.app.demo.DemoActor.system;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.rollout.Decision;
import com.steward.app.rollout.DecisionInput;
import com.steward.app.rollout.DecisionRecord;
import com.steward.app.rollout.Gate;
import com.steward.app.rollout.GateEvaluation;
import com.steward.app.rollout.Phase;
import com.steward.app.rollout.PlanInput;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.rollout.Verdict;
import com.steward.app.vendors.Vendor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo company's transitions, as the README tour shows them: Acme's cut-over in three phases by queue (billing,
 * then technical, then sales and retention) over the demo's year, each gated against the in-house baseline with a
 * recorded decision at its end; and a Corvid pilot over the last three months, in which Corvid degrades, with the
 * decision its gates support. Decisions are taken on the lake's evidence, so the plans are made once the demo lake
 * exists ({@link #decideOnLake}); their decision times are then set to the day after each phase ended.
 */
@Component
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoTransition {

    private final TransitionPlans plans;
    private final Contracts contracts;
    private final JdbcClient jdbc;
    private volatile Map<String, Vendor> vendors;
    private volatile DemoCalendar calendar;

    DemoTransition(TransitionPlans plans, Contracts contracts, JdbcClient jdbc) {
        this.plans = plans;
        this.contracts = contracts;
        this.jdbc = jdbc;
    }

    /** Remembers the just-registered demo vendors; the plans wait for the lake. */
    void seed(Map<String, Vendor> created, DemoCalendar calendar) {
        this.vendors = created;
        this.calendar = calendar;
    }

    /** Creates the plans and their decisions once, when {@link #seed} ran in this process; returns the plans made. */
    int decideOnLake() {
        Map<String, Vendor> created = vendors;
        if (created == null) {
            return 0;
        }
        vendors = null;
        return as(system(), () -> {
            acme(created.get("acme"));
            corvid(created.get("corvid"));
            return 2;
        });
    }

    private void acme(Vendor acme) {
        Long contractId = contracts.visibleContracts().stream()
                .filter(c -> c.vendorId() == acme.id())
                .map(Contract::id)
                .findFirst()
                .orElse(null);
        TransitionPlan plan = plans.create(new PlanInput(
                acme.id(),
                contractId,
                "Acme cut-over by queue",
                List.of(
                        phase("Billing first", List.of("billing"), 0.35, 0, 1),
                        phase("Technical", List.of("technical"), 0.35, 2, 4),
                        phase("Sales and retention", List.of("sales", "retention"), 0.30, 5, 11))));
        for (Phase phase : plan.phases()) {
            List<GateEvaluation> gates = plans.evaluate(phase.id());
            boolean passed = gates.stream().allMatch(g -> g.verdict() == Verdict.PASS);
            decide(
                    phase,
                    passed ? Decision.GO : Decision.EXTEND,
                    passed
                            ? "Every gate passed against in-house: "
                                    + phase.name().toLowerCase() + " stays with Acme and the next phase may start."
                            : "Not every gate passed yet (" + failing(gates) + "): extend the phase and look again.");
        }
    }

    private void corvid(Vendor corvid) {
        TransitionPlan plan = plans.create(new PlanInput(
                corvid.id(), null, "Corvid pilot, all queues", List.of(phase("Pilot", List.of(), 0.15, 9, 11))));
        Phase pilot = plan.phases().getFirst();
        List<GateEvaluation> gates = plans.evaluate(pilot.id());
        boolean failed = gates.stream().anyMatch(g -> g.verdict() == Verdict.FAIL);
        decide(
                pilot,
                failed ? Decision.NO_GO : Decision.EXTEND,
                failed
                        ? "Corvid's quality fell over the pilot: " + failing(gates)
                                + " below in-house beyond the margin. No go; Corvid stays shortlisted only."
                        : "Not enough evidence either way yet: extend the pilot.");
    }

    private void decide(Phase phase, Decision decision, String rationale) {
        DecisionRecord record = plans.decide(phase.id(), new DecisionInput(decision, rationale));
        LocalDate day = phase.end().plusDays(1).isAfter(calendar.today())
                ? calendar.today()
                : phase.end().plusDays(1);
        jdbc.sql("UPDATE transition_decisions SET decided_at = :at WHERE id = :id")
                .param("at", day.atTime(11, 0).atOffset(ZoneOffset.UTC))
                .param("id", record.id())
                .update();
    }

    private static String failing(List<GateEvaluation> gates) {
        List<String> failed = gates.stream()
                .filter(g -> g.verdict() != Verdict.PASS)
                .map(g -> g.gate().metric())
                .toList();
        return failed.isEmpty() ? "none" : String.join(", ", failed);
    }

    /** A phase over simulated months {@code from}..{@code to} (0 = the first), gated on CSAT, FCR and abandonment. */
    private PlanInput.PhaseInput phase(String name, List<String> queues, double share, int from, int to) {
        return new PlanInput.PhaseInput(
                name,
                queues,
                List.of(),
                share,
                calendar.month(from).atDay(1),
                calendar.month(to).atEndOfMonth(),
                List.of(
                        new PlanInput.GateInput("csat", Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, -2.0),
                        new PlanInput.GateInput("fcr", Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, -3.0),
                        new PlanInput.GateInput(
                                "abandonment_rate", Gate.Basis.ABSOLUTE, Gate.Comparison.AT_MOST, 8.0)));
    }
}
