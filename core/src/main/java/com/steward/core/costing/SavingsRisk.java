package com.steward.core.costing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Monte Carlo of the savings of one vendor option under uncertain inputs.
 *
 * <p><b>Reproducibility.</b> Trials are split into fixed chunks of {@value #CHUNK} trials. The
 * chunk seeds are drawn in order from a {@link SplittableRandom} seeded with the caller's seed, and
 * each chunk draws its trials from its own generator and writes them to fixed slots. The result is
 * therefore identical for a given seed whatever the number of threads.
 *
 * <p>Percentiles use linear interpolation between order statistics (Hyndman &amp; Fan 1996,
 * definition 7). The tornado moves one input at a time to its 10th and 90th percentile, the others
 * held at the base case's values.
 */
public final class SavingsRisk {

    static final int CHUNK = 1024;

    private SavingsRisk() {}

    /**
     * Simulates the savings fraction of {@code offerName}.
     *
     * @param base the base business case (its values are the tornado's base)
     * @param offerName name of the offer to simulate
     * @param uncertain distributions of the uncertain inputs
     * @param savingsTarget target savings fraction, e.g. 0.15
     * @param trials number of trials, ≥ 1
     * @param seed seed of the random stream
     * @param threads worker threads, ≥ 1 (does not change the result)
     */
    public static SavingsRiskResult simulate(
            BusinessCaseInputs base,
            String offerName,
            UncertainInputs uncertain,
            double savingsTarget,
            int trials,
            long seed,
            int threads) {
        Checks.notNull("base", base);
        Checks.notNull("uncertain", uncertain);
        VendorOffer offer = base.offer(offerName);
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, was " + trials);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (!Double.isFinite(savingsTarget)) {
            throw new IllegalArgumentException("savingsTarget must be a finite number, was " + savingsTarget);
        }
        double[] savings = sample(base, offer, uncertain, trials, seed, threads);
        long reached = 0;
        double sum = 0;
        for (double s : savings) {
            sum += s;
            if (s >= savingsTarget) {
                reached++;
            }
        }
        double[] sorted = savings.clone();
        Arrays.sort(sorted);
        return new SavingsRiskResult(
                offerName,
                trials,
                savingsTarget,
                (double) reached / trials,
                sum / trials,
                percentile(sorted, 0.10),
                percentile(sorted, 0.50),
                percentile(sorted, 0.90),
                tornado(base, offer, uncertain));
    }

    /** The savings fraction of every trial, in trial order (deterministic for a seed). */
    static double[] sample(
            BusinessCaseInputs base, VendorOffer offer, UncertainInputs u, int trials, long seed, int threads) {
        int chunks = (trials + CHUNK - 1) / CHUNK;
        long[] chunkSeeds = new long[chunks];
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < chunks; i++) {
            chunkSeeds[i] = root.nextLong();
        }
        double[] out = new double[trials];
        if (threads == 1 || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                runChunk(base, offer, u, out, c, chunkSeeds[c]);
            }
            return out;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks))) {
            List<Future<?>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                futures.add(pool.submit(() -> runChunk(base, offer, u, out, chunk, chunkSeeds[chunk])));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed", e.getCause());
        }
        return out;
    }

    private static void runChunk(
            BusinessCaseInputs base, VendorOffer offer, UncertainInputs u, double[] out, int chunk, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int from = chunk * CHUNK;
        int to = Math.min(out.length, from + CHUNK);
        for (int i = from; i < to; i++) {
            out[i] = savings(
                    base,
                    offer,
                    u.contactsPerMonth().sample(random),
                    u.ahtSeconds().sample(random),
                    u.annualAttritionRate().sample(random),
                    u.extraAnnualChurnRate().sample(random),
                    u.parallelRunMonths().sample(random));
        }
    }

    /** Savings fraction with the given input values (clamped to their valid ranges). */
    static double savings(
            BusinessCaseInputs base,
            VendorOffer offer,
            double contacts,
            double aht,
            double attrition,
            double churn,
            double rampMonths) {
        Workload w0 = base.workload();
        double c = Math.max(0, contacts);
        double a = Math.max(1, aht);
        Workload w = w0.withContactsPerMonth(c).withAhtSeconds(a);
        if (Double.isNaN(w0.agentHoursOverride())) {
            w = w.withAgentHoursPerMonth(w.agentHoursPerMonth()); // size once, reuse for all options
        } else {
            double baseWork = w0.contactsPerMonth() * w0.ahtSeconds();
            w = w.withAgentHoursPerMonth(baseWork == 0 ? 0 : w0.agentHoursOverride() * (c * a) / baseWork);
        }
        int ramp = (int) Math.max(0, Math.min(base.termMonths(), Math.round(rampMonths)));
        return BusinessCases.savingsFraction(
                w,
                base.inHouse().withAnnualAttritionRate(Math.max(0, attrition)),
                base.hiddenCosts()
                        .withExtraAnnualChurnRate(Math.min(1, Math.max(0, churn)))
                        .withParallelRunMonths(ramp),
                offer,
                base.termMonths());
    }

    private static List<SavingsRiskResult.TornadoBar> tornado(
            BusinessCaseInputs base, VendorOffer offer, UncertainInputs u) {
        double c = base.workload().contactsPerMonth();
        double a = base.workload().ahtSeconds();
        double at = base.inHouse().annualAttritionRate();
        double ch = base.hiddenCosts().extraAnnualChurnRate();
        double r = base.hiddenCosts().parallelRunMonths();
        List<SavingsRiskResult.TornadoBar> bars = new ArrayList<>();
        if (!(u.contactsPerMonth() instanceof Distribution.Fixed)) {
            Distribution d = u.contactsPerMonth();
            bars.add(bar(
                    "contactsPerMonth",
                    d,
                    savings(base, offer, d.quantile(0.1), a, at, ch, r),
                    savings(base, offer, d.quantile(0.9), a, at, ch, r)));
        }
        if (!(u.ahtSeconds() instanceof Distribution.Fixed)) {
            Distribution d = u.ahtSeconds();
            bars.add(bar(
                    "ahtSeconds",
                    d,
                    savings(base, offer, c, d.quantile(0.1), at, ch, r),
                    savings(base, offer, c, d.quantile(0.9), at, ch, r)));
        }
        if (!(u.annualAttritionRate() instanceof Distribution.Fixed)) {
            Distribution d = u.annualAttritionRate();
            bars.add(bar(
                    "annualAttritionRate",
                    d,
                    savings(base, offer, c, a, d.quantile(0.1), ch, r),
                    savings(base, offer, c, a, d.quantile(0.9), ch, r)));
        }
        if (!(u.extraAnnualChurnRate() instanceof Distribution.Fixed)) {
            Distribution d = u.extraAnnualChurnRate();
            bars.add(bar(
                    "extraAnnualChurnRate",
                    d,
                    savings(base, offer, c, a, at, d.quantile(0.1), r),
                    savings(base, offer, c, a, at, d.quantile(0.9), r)));
        }
        if (!(u.parallelRunMonths() instanceof Distribution.Fixed)) {
            Distribution d = u.parallelRunMonths();
            bars.add(bar(
                    "parallelRunMonths",
                    d,
                    savings(base, offer, c, a, at, ch, d.quantile(0.1)),
                    savings(base, offer, c, a, at, ch, d.quantile(0.9))));
        }
        bars.sort(Comparator.comparingDouble(SavingsRiskResult.TornadoBar::swing)
                .reversed()
                .thenComparing(SavingsRiskResult.TornadoBar::input));
        return bars;
    }

    private static SavingsRiskResult.TornadoBar bar(String name, Distribution d, double atLow, double atHigh) {
        return new SavingsRiskResult.TornadoBar(
                name, d.quantile(0.1), d.quantile(0.9), atLow, atHigh, Math.abs(atHigh - atLow));
    }

    /** Linear interpolation between order statistics (Hyndman–Fan type 7) of a sorted array. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
