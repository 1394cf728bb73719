package com.steward.app.renewal;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ResultInput;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.security.Role;
import com.steward.app.security.RouteFixture;
import com.steward.app.support.TestAccounts;
import com.steward.core.costing.PricingModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Contracts with results, remediation plans, comparisons and decisions the renewal tests and the route matrix share. */
public final class RenewalFixtures implements RouteFixture {

    /** CSAT per month (QA 92, AHT 280 throughout): good, bad, bad, bad, good, bad. */
    static final Map<String, Double> CSAT = new java.util.LinkedHashMap<>();

    static {
        CSAT.put("2026-01", 0.86);
        CSAT.put("2026-02", 0.70);
        CSAT.put("2026-03", 0.72);
        CSAT.put("2026-04", 0.71);
        CSAT.put("2026-05", 0.87);
        CSAT.put("2026-06", 0.69);
    }

    public RenewalFixtures() {}

    /** A contract of {@code vendorId} with the quality-first scorecard and the {@link #CSAT} months recorded. */
    static Contract contractWithResults(Contracts contracts, long vendorId, String name) {
        Contract c = contracts.create(ContractFixtures.contractFor(vendorId, name));
        contracts.defineScorecard(c.id(), ContractFixtures.qualityFirstScorecard());
        CSAT.forEach((period, csat) -> contracts.recordResults(
                c.id(), new ResultInput(period, null, Map.of("csat", csat, "qa", 92.0, "aht", 280.0))));
        return c;
    }

    /** A plan with one VENDOR-side and one CLIENT-side milestone. */
    static PlanInput plan() {
        return new PlanInput(
                "",
                LocalDate.of(2026, 3, 5),
                "Maria Manager",
                List.of(
                        new MilestoneInput(
                                "Retrain the billing team on the new scripts",
                                Side.VENDOR,
                                "Vendor ops lead",
                                LocalDate.of(2026, 4, 15)),
                        new MilestoneInput(
                                "Share weekly QA calibration samples",
                                Side.CLIENT,
                                "QA lead",
                                LocalDate.of(2026, 4, 30))));
    }

    /** Current vendor flat 100,000 a month against 1.60 per contact elsewhere, 12 months, no uncertainty. */
    static OptionsInput options(String name) {
        return new OptionsInput(
                name,
                12,
                0.0,
                new BusinessCaseInput.WorkloadInput(60_000.0, 300.0, null, null, null, 8_000.0),
                1.0,
                120_000.0,
                new BusinessCaseInput.OfferInput(
                        "Current vendor", PricingModel.PER_CONTACT, 0.0, 100_000.0, null, null, null, null, null),
                null,
                new BusinessCaseInput.OfferInput(
                        "Other vendor", PricingModel.PER_CONTACT, 1.60, null, null, null, null, null, null),
                new OptionsInput.SwitchInput(50_000.0, 20_000.0, 1),
                null,
                new OptionsInput.RebuildInput(80_000.0, 40_000.0, 30_000.0, 3),
                new OptionsInput.LeavingInput(25_000.0, 0.01, 10_000.0, 500.0),
                new OptionsInput.UncertaintyInput(0.0, 0.0, 0, 200));
    }

    static DecisionInput decision(DecisionOption option, String rationale) {
        return new DecisionInput(
                option,
                rationale,
                "We keep the vendor on a remediation plan.",
                "Your plan milestones are binding.",
                null);
    }

    @Override
    public Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts) {
        Contracts contracts = context.getBean(Contracts.class);
        Renewals renewals = context.getBean(Renewals.class);
        return ContractFixtures.as(accounts, Role.ADMIN, () -> {
            Contract own = contractWithResults(contracts, accounts.ownVendor.id(), "Own renewal contract");
            Contract other = contractWithResults(contracts, accounts.otherVendor.id(), "Other renewal contract");
            RemediationPlan ownPlan = renewals.openPlan(own.id(), plan());
            RemediationPlan otherPlan = renewals.openPlan(other.id(), plan());
            StoredComparison ownComparison = renewals.saveComparison(own.id(), options("Own comparison"));
            renewals.saveComparison(other.id(), options("Other comparison"));
            ExitDecision ownDecision =
                    renewals.decide(own.id(), decision(DecisionOption.RENEW_WITH_REMEDIATION, "Route check"));
            return Map.of(
                    "{ownRenewalContract}", Long.toString(own.id()),
                    "{otherRenewalContract}", Long.toString(other.id()),
                    "{ownRemediationPlan}", Long.toString(ownPlan.id()),
                    "{otherRemediationPlan}", Long.toString(otherPlan.id()),
                    "{ownVendorMilestone}",
                            Long.toString(ownPlan.milestones().getFirst().id()),
                    "{otherVendorMilestone}",
                            Long.toString(otherPlan.milestones().getFirst().id()),
                    "{ownComparison}", Long.toString(ownComparison.id()),
                    "{ownDecision}", Long.toString(ownDecision.id()));
        });
    }
}
