package com.steward.app.demo;

import static com.steward.app.demo.DemoActor.as;
import static com.steward.app.demo.DemoActor.system;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardInput;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.renewal.DecisionInput;
import com.steward.app.renewal.DecisionOption;
import com.steward.app.renewal.MilestoneInput;
import com.steward.app.renewal.MilestoneStatus;
import com.steward.app.renewal.MilestoneUpdate;
import com.steward.app.renewal.OptionsInput;
import com.steward.app.renewal.PlanInput;
import com.steward.app.renewal.PlanStatus;
import com.steward.app.renewal.PlanStatusInput;
import com.steward.app.renewal.RemediationPlan;
import com.steward.app.renewal.Renewals;
import com.steward.app.renewal.Side;
import com.steward.app.renewal.StoredComparison;
import com.steward.app.vendors.Vendor;
import com.steward.core.costing.PricingModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo company's switch-or-renew story, seeded through the real facades after {@link DemoSelectAndContract}:
 *
 * <ul>
 *   <li>Acme dipped (December WATCH, January REMEDIATION), got a remediation plan whose milestones were all met but
 *       one, and recovered (February and March green): the plan SUCCEEDED. The demo vendor user {@code acme-am} sees
 *       it.
 *   <li>Bluesky (cheapest at selection, weaker on quality and attrition) gets six months of results that slide into
 *       chronic under-performance from January (EXIT_CANDIDATE). Its remediation plan is half met (two vendor
 *       milestones done, two missed, one client milestone open). The options were compared: switching to Acme costs
 *       more over the term than renewing at a renegotiated price, and bringing the work home costs far more. The
 *       decision in force is RENEW_WITH_REMEDIATION with an exit trigger, told to the internal team and to Bluesky.
 * </ul>
 *
 * Fixed data, dated relative to the demo's year ({@link DemoCalendar}; the months named below are the story's, 2025-04
 * .. 2026-03, which move with it; the exit trigger's deadline is three months after the last simulated month, so it
 * lies ahead when the demo is generated), no randomness (the Monte Carlo has a fixed seed); written by the system actor {@value
 * DemoSelectAndContract#ACTOR}.
 */
@Component
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoRenewal {

    /** Bluesky's attainment level per month (every metric at the same level, so the score equals it). */
    static final Map<String, Double> BLUESKY_LEVELS = new LinkedHashMap<>();

    static {
        BLUESKY_LEVELS.put("2025-10", 92.0);
        BLUESKY_LEVELS.put("2025-11", 74.0);
        BLUESKY_LEVELS.put("2025-12", 70.0);
        BLUESKY_LEVELS.put("2026-01", 66.0);
        BLUESKY_LEVELS.put("2026-02", 78.0);
        BLUESKY_LEVELS.put("2026-03", 72.0);
    }

    private final Contracts contracts;
    private final Renewals renewals;
    private DemoCalendar calendar = new DemoCalendar(LocalDate.now());

    DemoRenewal(Contracts contracts, Renewals renewals) {
        this.contracts = contracts;
        this.renewals = renewals;
    }

    /** Seeds the story for the demo vendors (by code); their contracts must exist. */
    void seed(Map<String, Vendor> vendors, DemoCalendar calendar) {
        this.calendar = calendar;
        as(system(), () -> {
            Contract acme = contractOf(vendors.get("acme"));
            Contract bluesky = contractOf(vendors.get("bluesky"));
            if (acme != null) {
                acme(acme);
            }
            if (bluesky != null) {
                bluesky(bluesky);
            }
            return null;
        });
    }

    private void acme(Contract acme) {
        RemediationPlan plan = renewals.openPlan(
                acme.id(),
                new PlanInput(
                        // no scores quoted: the month's one figure is the published scorecard run, shown beside
                        // the plan, and a number typed here would drift from it
                        "CSAT, FCR and service level under target in the weekly operations reviews of "
                                + month("2025-12") + " and " + month("2026-01")
                                + ": a remediation plan agreed with Acme before the scorecard's own rules would"
                                + " require one.",
                        calendar.date("2026-02-03"),
                        "Maria Manager",
                        List.of(
                                milestone(
                                        "Coach the twelve agents with the lowest QA scores",
                                        Side.VENDOR,
                                        "Acme team lead",
                                        "2026-02-20"),
                                milestone(
                                        "Restore service level to 80 % with two extra chat agents at peak",
                                        Side.VENDOR, "Acme WFM lead", "2026-02-28"),
                                milestone(
                                        "Publish the new returns policy in the shared knowledge base",
                                        Side.CLIENT,
                                        "Client knowledge manager",
                                        "2026-02-10"),
                                milestone(
                                        "Weekly complaint root-cause call",
                                        Side.VENDOR,
                                        "Acme quality lead",
                                        "2026-03-15"))));
        List<Long> ids = plan.milestones().stream().map(m -> m.id()).toList();
        done(ids.get(0), "2026-02-19", "QA coaching log: 12 agents, average QA 84 → 90");
        done(ids.get(1), "2026-02-26", month("2026-02") + " service level 81 %");
        done(ids.get(2), "2026-02-09", "Knowledge base article KB-412 published");
        renewals.updateMilestone(
                ids.get(3),
                new MilestoneUpdate(MilestoneStatus.MISSED, null, "Held fortnightly only; complaints fell anyway"));
        renewals.setPlanStatus(
                plan.id(),
                new PlanStatusInput(
                        PlanStatus.SUCCEEDED,
                        month("2026-02") + " and " + month("2026-03") + " back to green; standing GREEN."));
    }

    private void bluesky(Contract bluesky) {
        BLUESKY_LEVELS.forEach((period, level) -> contracts.recordResults(
                bluesky.id(), new ResultInput(calendar.period(period).toString(), null, valuesAt(level))));
        String deadline = DemoCalendar.spelled(calendar.lastMonth().plusMonths(3));
        RemediationPlan plan = renewals.openPlan(
                bluesky.id(),
                new PlanInput(
                        null,
                        calendar.date("2026-01-12"),
                        "Maria Manager",
                        List.of(
                                milestone(
                                        "Weekly QA calibration with the client's QA team",
                                        Side.VENDOR,
                                        "Bluesky quality lead",
                                        "2026-02-01"),
                                milestone(
                                        "Retention bonus for tenured agents to cut attrition",
                                        Side.VENDOR,
                                        "Rui Costa",
                                        "2026-02-15"),
                                milestone(
                                        "Daily raw interaction export to the client's lake",
                                        Side.VENDOR,
                                        "Bluesky IT",
                                        "2026-02-28"),
                                milestone(
                                        "CSAT at 0.84 or better for two consecutive months",
                                        Side.VENDOR,
                                        "Rui Costa",
                                        "2026-03-31"),
                                milestone(
                                        "Monthly remediation review with Bluesky's account lead",
                                        Side.CLIENT,
                                        "Maria Manager",
                                        "2026-04-30"))));
        List<Long> ids = plan.milestones().stream().map(m -> m.id()).toList();
        done(ids.get(0), "2026-01-30", "Calibration minutes for four weeks; scoring gap down to 3 points");
        done(ids.get(1), "2026-02-12", "Bonus scheme signed; " + month("2026-02") + " attrition 3.1 % (was 4.8 %)");
        renewals.updateMilestone(
                ids.get(2),
                new MilestoneUpdate(MilestoneStatus.MISSED, null, "Still weekly; Bluesky cites its security review"));
        renewals.updateMilestone(
                ids.get(3),
                new MilestoneUpdate(
                        MilestoneStatus.MISSED,
                        null,
                        "CSAT 0.828 in " + month("2026-02") + " and 0.822 in " + month("2026-03")));

        StoredComparison comparison = renewals.saveComparison(bluesky.id(), blueskyOptions(bluesky));
        renewals.decide(
                bluesky.id(),
                new DecisionInput(
                        DecisionOption.RENEW_WITH_REMEDIATION,
                        "Bluesky has been below threshold since " + month("2025-11") + " and chronic since "
                                + month("2026-01") + ", but switching the"
                                + " overflow to Acme costs more over the 24 months than renewing at the renegotiated"
                                + " price once transition, parallel run, exit fee and expected customer loss are"
                                + " counted, and bringing it in house costs far more. Renew for 12 months on the"
                                + " remediation plan with an exit clause: if CSAT is not at 0.84 for two consecutive"
                                + " months by " + deadline + ", we switch to Acme.",
                        "We are keeping Bluesky on overflow for now, at a lower price and on a strict remediation"
                                + " plan. Escalate quality issues to Maria; the Acme switch plan is ready if Bluesky"
                                + " misses its " + deadline + " milestone.",
                        "We will renew the overflow contract for 12 months at the renegotiated price, conditional on"
                                + " the remediation plan: CSAT at 0.84 for two consecutive months and the daily data"
                                + " export by " + deadline + ". If these are missed, we will exercise the exit clause.",
                        comparison.id()));
    }

    /** Bluesky's renewal figures: its invoice at 2.95 per contact (2.80 renegotiated), Acme's offer, in-house. */
    private static OptionsInput blueskyOptions(Contract bluesky) {
        return new OptionsInput(
                "Bluesky overflow: renew, switch to Acme or bring home",
                24,
                0.08,
                new BusinessCaseInput.WorkloadInput(40_000.0, 330.0, null, null, null, 6_500.0),
                1.0,
                90_000.0,
                new BusinessCaseInput.OfferInput(
                        bluesky.vendorName(), PricingModel.PER_CONTACT, 2.95, null, null, null, null, null, null),
                2.80,
                new BusinessCaseInput.OfferInput(
                        "Acme Contact Solutions", PricingModel.PER_CONTACT, 3.10, null, null, null, null, null, null),
                new OptionsInput.SwitchInput(90_000.0, 30_000.0, 2),
                null,
                new OptionsInput.RebuildInput(160_000.0, 120_000.0, 200_000.0, 4),
                new OptionsInput.LeavingInput(60_000.0, 0.005, 25_000.0, 1_200.0),
                new OptionsInput.UncertaintyInput(0.15, 0.10, 2, 2_000));
    }

    /** Every scorecard metric at {@code level} attainment: threshold + level % of the way to the target. */
    private static Map<String, Double> valuesAt(double level) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ScorecardInput.Line line : DemoSelectAndContract.SCORECARD) {
            double v = line.threshold() + level / 100 * (line.target() - line.threshold());
            values.put(line.metricId(), Math.round(v * 10_000) / 10_000.0);
        }
        return values;
    }

    private Contract contractOf(Vendor vendor) {
        if (vendor == null) {
            return null;
        }
        return contracts.visibleContracts().stream()
                .filter(c -> c.vendorId() == vendor.id())
                .findFirst()
                .orElse(null);
    }

    private void done(long milestoneId, String on, String evidence) {
        renewals.updateMilestone(milestoneId, new MilestoneUpdate(MilestoneStatus.DONE, calendar.date(on), evidence));
    }

    private MilestoneInput milestone(String what, Side side, String owner, String due) {
        return new MilestoneInput(what, side, owner, calendar.date(due));
    }

    /** A month of the story, moved to the demo's year, as prose ("February"). */
    private String month(String storyMonth) {
        YearMonth m = calendar.period(storyMonth);
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
