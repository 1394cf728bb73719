package com.steward.app.savings;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.costing.ScenarioEvaluation;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.core.savings.SavingsForecast;
import com.steward.core.savings.realization.Realisation;
import com.steward.core.savings.realization.RealisationMonth;
import com.steward.core.savings.realization.RealisedMonth;
import com.steward.core.savings.realization.SavingsPlan;
import com.steward.core.savings.realization.SavingsRealisation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers what a contract's savings realisation needs (invoices, the month's net credits from the contract's one
 * figure per month, the hidden-cost ledger, the linked business case's plan), has {@link SavingsRealisation} compute
 * it exactly, and says in a note what is missing. Callers check access ({@link Savings}).
 */
@Component
class RealizationReport {

    private final SavingsRepository repository;
    private final Contracts contracts;
    private final BusinessCaseScenarios businessCases;
    private final VendorRegister vendors;

    RealizationReport(
            SavingsRepository repository,
            Contracts contracts,
            BusinessCaseScenarios businessCases,
            VendorRegister vendors) {
        this.repository = repository;
        this.contracts = contracts;
        this.businessCases = businessCases;
        this.vendors = vendors;
    }

    /** The plan of the linked offer, or why there is none. */
    private record PlanOrNote(
            Optional<SavingsPlan> plan, @Nullable String note) {}

    SavingsRealization of(long contractId) {
        Contract contract = contracts.get(contractId);
        List<YearMonth> term = Savings.months(YearMonth.from(contract.termStart()), YearMonth.from(contract.termEnd()));
        List<RealisationMonth> actual = actualMonths(contract, term);
        Optional<Contracts.LinkedOffer> offer = contracts.linkedOffer(contractId);
        PlanOrNote plan = plan(contract, offer);
        Realisation r = SavingsRealisation.of(actual, plan.plan(), Savings.FORECAST_LEVEL);
        String note = plan.note();
        if (plan.plan().isPresent() && plan.plan().get().months() != term.size()) {
            note = "The business case covers " + plan.plan().get().months() + " months, the contract term "
                    + term.size() + "; the plan and the target cover the first " + r.planMonths() + ".";
        }
        if (note == null && plan.plan().isPresent() && r.forecast() == null) {
            note = "The forecast needs at least " + SavingsForecast.MIN_MONTHS + " invoiced months; "
                    + r.realisedMonths() + " so far.";
        }
        List<SavingsRealization.Month> rows = new ArrayList<>(term.size());
        for (int i = 0; i < term.size(); i++) {
            rows.add(row(term.get(i), r.months().get(i)));
        }
        Vendor vendor = vendors.get(contract.vendorId());
        return new SavingsRealization(
                contractId,
                contract.name(),
                vendor.id(),
                vendor.name(),
                offer.map(Contracts.LinkedOffer::businessCaseId).orElse(null),
                offer.map(Contracts.LinkedOffer::businessCaseName).orElse(null),
                offer.map(o -> o.offer().name()).orElse(null),
                number(r.target()),
                r.realisedToDate().doubleValue(),
                rows,
                r.forecast(),
                note);
    }

    /**
     * Each month's invoiced total, net credit and hidden costs. The net credit is the month's credit less what was
     * earned back, as the contract computed it on its invoice basis; invoice lines keep that basis equal to their
     * total, and when results were recorded after the lines (the basis is then the expected monthly invoice) the
     * credit is re-based on the invoiced total.
     */
    private List<RealisationMonth> actualMonths(Contract contract, List<YearMonth> term) {
        Map<YearMonth, BigDecimal> invoiced = new HashMap<>();
        for (Invoice i : repository.invoices(contract.id())) {
            invoiced.merge(i.month(), i.amount(), BigDecimal::add);
        }
        Map<YearMonth, BigDecimal> credits = new HashMap<>();
        for (ScorecardResults.Period p : contracts.results(contract.id()).periods()) {
            YearMonth m = YearMonth.parse(p.period());
            credits.put(
                    m,
                    SavingsRealisation.netCredit(
                            money(p.credit()),
                            money(p.earnedBack()),
                            Optional.ofNullable(invoiced.get(m)),
                            Optional.ofNullable(p.invoice()).map(BigDecimal::valueOf)));
        }
        Map<YearMonth, BigDecimal> hidden = new HashMap<>();
        YearMonth first = YearMonth.from(contract.termStart());
        YearMonth last = YearMonth.from(contract.termEnd());
        for (LedgerEntry e : repository.entries(contract.vendorId(), first, last, VendorScope.all())) {
            hidden.merge(e.month(), e.amount(), BigDecimal::add);
        }
        List<RealisationMonth> out = new ArrayList<>(term.size());
        for (YearMonth m : term) {
            out.add(new RealisationMonth(
                    invoiced.get(m),
                    credits.getOrDefault(m, BigDecimal.ZERO),
                    hidden.getOrDefault(m, BigDecimal.ZERO)));
        }
        return out;
    }

    private PlanOrNote plan(Contract contract, Optional<Contracts.LinkedOffer> offer) {
        if (offer.isEmpty()) {
            return new PlanOrNote(
                    Optional.empty(),
                    contract.pricing() == null
                            ? "This contract links no business case, so there is no plan to realise savings against."
                                    + " Link the business-case offer its pricing came from on the contract to see"
                                    + " plan, realised savings and the forecast."
                            : "The business case or offer this contract links to no longer exists; link an existing"
                                    + " one.");
        }
        ScenarioEvaluation evaluation = businessCases.evaluate(offer.get().businessCaseId());
        ScenarioEvaluation.Option inHouse = evaluation.options().stream()
                .filter(ScenarioEvaluation.Option::inHouse)
                .findFirst()
                .orElseThrow();
        Optional<ScenarioEvaluation.Option> vendorOption = evaluation.options().stream()
                .filter(o -> !o.inHouse() && o.name().equals(offer.get().offer().name()))
                .findFirst();
        if (vendorOption.isEmpty()) {
            return new PlanOrNote(
                    Optional.empty(), "The linked offer is not in the business case any more; link an existing one.");
        }
        return new PlanOrNote(
                Optional.of(SavingsPlan.fromCumulative(
                        inHouse.cumulativeCosts(), vendorOption.get().cumulativeCosts())),
                null);
    }

    private static SavingsRealization.Month row(YearMonth month, RealisedMonth m) {
        RealisationMonth actual = m.actual();
        return new SavingsRealization.Month(
                month,
                m.index(),
                number(m.plannedInHouse()),
                number(m.plannedVendor()),
                number(m.plannedSavings()),
                number(actual.invoiced()),
                actual.credits().doubleValue(),
                actual.hiddenCosts().doubleValue(),
                number(actual.actualCost().orElse(null)),
                number(m.realisedSavings()),
                number(m.cumulativePlan()),
                number(m.cumulativeRealised()),
                number(m.cumulativeForecast()));
    }

    private static BigDecimal money(@Nullable Double value) {
        return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(value);
    }

    /** The page and the API carry money as JSON numbers; the exact value's nearest double. */
    private static @Nullable Double number(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
