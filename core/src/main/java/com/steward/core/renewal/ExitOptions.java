package com.steward.core.renewal;

import com.steward.core.costing.BusinessCase;
import com.steward.core.costing.BusinessCaseInputs;
import com.steward.core.costing.BusinessCases;
import com.steward.core.costing.HiddenCosts;
import com.steward.core.costing.Npv;
import com.steward.core.costing.VendorOffer;
import com.steward.core.costing.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Exit decision support: RENEW, SWITCH and IN_HOUSE priced by the business-case engine ({@link BusinessCases}), so
 * that a renewal is judged with the same cost model as the original outsourcing decision (docs/govern-renewal.md:
 * "compare alternatives with the same business case").
 *
 * <p>Each option is one engine evaluation over the renewal term:
 *
 * <ul>
 *   <li>RENEW: the engine's vendor option for the current (or renegotiated) price, with governance and no transition,
 *       parallel run, knowledge transfer, exit or churn.
 *   <li>SWITCH: the engine's vendor option for the alternative offer, its transition fee set to the switch's
 *       transition and training cost and its knowledge-transfer cost set, with governance; plus, counted once in month
 *       1, the costs of leaving the current vendor (exit fee, customers lost in the transition × CLV), and in months
 *       1 … parallelRunMonths the current vendor's invoice (both vendors run in parallel).
 *   <li>IN_HOUSE: the engine's in-house option (fully loaded monthly cost of the same workload, no vendor governance);
 *       plus, once in month 1, the rebuild (hiring, training, facilities) and the costs of leaving; and in months 1 …
 *       rampMonths the current vendor's invoice while the new team ramps up.
 * </ul>
 *
 * <p>Savings and break-even are measured against RENEW: break-even is the first month whose cumulative cost is at or
 * below RENEW's (the engine's own break-even is against in-house). NPVs use the engine's {@link Npv}.
 */
public final class ExitOptions {

    /** Name of the in-house option, the engine's. */
    public static final String IN_HOUSE = BusinessCases.IN_HOUSE;

    private ExitOptions() {}

    /** RENEW, SWITCH (when an alternative is given) and IN_HOUSE over the term. */
    public static OptionsComparison compare(RenewalOptions o) {
        Workload w = sized(o.workload());
        int term = o.termMonths();
        double rate = o.annualDiscountRate();
        HiddenCosts governanceOnly =
                new HiddenCosts(o.governanceFte(), o.governanceAnnualCostPerFte(), 0, 0, 0, 0, 0, 0);
        VendorOffer renewOffer = o.current().withTransitionCost(0);
        BusinessCase renewCase = BusinessCases.evaluate(
                new BusinessCaseInputs(w, o.inHouse(), List.of(renewOffer), governanceOnly, term, rate));
        double[] renew = array(renewCase.vendors().getFirst().monthlyCosts());
        double currentInvoice = renewOffer.monthlyCharge(w);

        List<double[]> series = new ArrayList<>();
        List<OptionKind> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> oneTime = new ArrayList<>();
        kinds.add(OptionKind.RENEW);
        names.add(renewOffer.name());
        series.add(renew);
        oneTime.add(0.0);

        if (o.alternative() != null) {
            SwitchCosts s = o.switching();
            VendorOffer offer = o.alternative().withTransitionCost(s.transitionAndTraining());
            HiddenCosts hidden = new HiddenCosts(
                    o.governanceFte(), o.governanceAnnualCostPerFte(), 0, s.knowledgeTransfer(), 0, 0, 0, 0);
            BusinessCase switchCase =
                    BusinessCases.evaluate(new BusinessCaseInputs(w, o.inHouse(), List.of(offer), hidden, term, rate));
            double[] sw = array(switchCase.vendors().getFirst().monthlyCosts());
            sw[0] += o.leaving().total();
            int overlap = Math.min(term, s.parallelRunMonths());
            for (int m = 0; m < overlap; m++) {
                sw[m] += currentInvoice;
            }
            kinds.add(OptionKind.SWITCH);
            names.add(offer.name());
            series.add(sw);
            oneTime.add(offer.transitionCostInBase()
                    + s.knowledgeTransfer()
                    + o.leaving().total()
                    + overlap * currentInvoice);
        }

        double[] home = array(renewCase.inHouse().monthlyCosts());
        RebuildCosts r = o.rebuild();
        home[0] += r.oneTime() + o.leaving().total();
        int ramp = Math.min(term, r.rampMonths());
        for (int m = 0; m < ramp; m++) {
            home[m] += currentInvoice;
        }
        kinds.add(OptionKind.IN_HOUSE);
        names.add(IN_HOUSE);
        series.add(home);
        oneTime.add(r.oneTime() + o.leaving().total() + ramp * currentInvoice);

        double renewTotal = sum(renew);
        double renewNpv = Npv.presentValue(renew, rate);
        List<OptionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            double[] s = series.get(i);
            double total = sum(s);
            double npv = Npv.presentValue(s, rate);
            OptionKind kind = kinds.get(i);
            outcomes.add(new OptionOutcome(
                    kind,
                    names.get(i),
                    list(s),
                    cumulative(s),
                    total,
                    npv,
                    oneTime.get(i),
                    renewTotal - total,
                    renewTotal == 0 ? 0 : (renewTotal - total) / renewTotal,
                    renewNpv - npv,
                    kind == OptionKind.RENEW ? OptionalInt.empty() : breakEven(renew, s)));
        }
        return new OptionsComparison(term, rate, outcomes);
    }

    /**
     * Monte Carlo: in each trial the uncertain inputs are drawn, every option is priced with {@link #compare}, and an
     * option beats the current contract when its term cost is strictly below RENEW's. One stream from {@code seed},
     * drawn in trial order, so the result depends only on the inputs and the seed.
     */
    public static Chances chanceOfBeatingCurrent(RenewalOptions base, Uncertainty u, int trials, long seed) {
        if (trials < 1 || trials > 100_000) {
            throw new IllegalArgumentException("trials must be in 1..100000, was " + trials);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int switchWins = 0;
        int homeWins = 0;
        for (int t = 0; t < trials; t++) {
            double contacts = Math.max(0, u.contactsPerMonth().sample(random));
            double aht = Math.max(1, u.ahtSeconds().sample(random));
            double churn = Math.clamp(u.transitionChurnRate().sample(random), 0, 1);
            int delay = (int) Math.clamp(Math.round(u.delayMonths().sample(random)), 0, 24);
            RenewalOptions trial = base.with(
                    perturbed(base.workload(), contacts, aht),
                    base.switching()
                            .withParallelRunMonths(Math.min(24, base.switching().parallelRunMonths() + delay)),
                    base.rebuild().withRampMonths(Math.min(24, base.rebuild().rampMonths() + delay)),
                    base.leaving().withTransitionChurnRate(churn));
            OptionsComparison c = compare(trial);
            double renew = c.renew().totalCost();
            if (c.option(OptionKind.SWITCH).map(o -> o.totalCost() < renew).orElse(false)) {
                switchWins++;
            }
            if (c.option(OptionKind.IN_HOUSE).orElseThrow().totalCost() < renew) {
                homeWins++;
            }
        }
        return new Chances(
                trials,
                seed,
                base.alternative() == null ? null : (double) switchWins / trials,
                (double) homeWins / trials);
    }

    /** The workload with its agent hours sized once (Erlang C), so that every option bills the same hours. */
    static Workload sized(Workload w) {
        return Double.isNaN(w.agentHoursOverride()) ? w.withAgentHoursPerMonth(w.agentHoursPerMonth()) : w;
    }

    /**
     * The base workload at other contacts and AHT; agent hours from an interval plan scale with the work (contacts ×
     * AHT), as in the engine's savings-risk simulation.
     */
    static Workload perturbed(Workload base, double contacts, double aht) {
        Workload w = base.withContactsPerMonth(contacts).withAhtSeconds(aht);
        if (Double.isNaN(base.agentHoursOverride())) {
            return w;
        }
        double baseWork = base.contactsPerMonth() * base.ahtSeconds();
        return w.withAgentHoursPerMonth(baseWork == 0 ? 0 : base.agentHoursOverride() * (contacts * aht) / baseWork);
    }

    private static OptionalInt breakEven(double[] renew, double[] option) {
        double gap = 0;
        double scale = Math.max(1, sum(renew));
        for (int m = 0; m < option.length; m++) {
            gap += renew[m] - option[m];
            if (gap >= -1e-9 * scale) {
                return OptionalInt.of(m + 1);
            }
        }
        return OptionalInt.empty();
    }

    private static double[] array(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }

    private static List<Double> list(double[] values) {
        List<Double> l = new ArrayList<>(values.length);
        for (double v : values) {
            l.add(v);
        }
        return l;
    }

    private static List<Double> cumulative(double[] values) {
        List<Double> l = new ArrayList<>(values.length);
        double running = 0;
        for (double v : values) {
            running += v;
            l.add(running);
        }
        return l;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
