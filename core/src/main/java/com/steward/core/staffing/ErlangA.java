package com.steward.core.staffing;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Erlang A: the M/M/n+M queue (Palm 1946), in which each waiting contact abandons after an
 * exponential patience with mean θ. See Garnett, Mandelbaum &amp; Reiman, "Designing a call center
 * with impatient customers", M&amp;SOM 4 (2002) 208–227, and Mandelbaum &amp; Zeltyn, "The M/M/n+G
 * queue: summary of performance measures" (2009).
 *
 * <p><b>Method.</b> The number in system is a birth–death chain with birth rate λ and death rate
 * min(k, n)·μ + max(k − n, 0)·γ, with μ = 1/AHT and γ = 1/θ. Relative to π<sub>n</sub>:
 *
 * <ul>
 *   <li>Σ<sub>k&lt;n</sub> π<sub>k</sub>/π<sub>n</sub> = R(n) with R(0) = 0, R(k) = (1 + R(k−1))·k/A
 *       (that is 1/B(n, A) − 1, but without cancellation);
 *   <li>π<sub>n+j</sub>/π<sub>n</sub> = ∏<sub>i=1..j</sub> λ/(nμ + iγ), summed in log space with the
 *       maximum factored out and truncated once the terms fall below e<sup>−50</sup> of the largest.
 * </ul>
 *
 * By PASTA an arrival finds state n+j with probability π<sub>n+j</sub>. Such a contact has j
 * contacts ahead; its virtual wait V (time until an agent would take it) is a sum of exponential
 * stages with rates nμ + jγ, …, nμ + γ, nμ, and it is answered iff V &lt; its patience τ ~ Exp(γ).
 * Multiplying the density of V by e<sup>−γv</sup> shifts every stage rate by γ, so
 *
 * <pre>P(answered within t | j) = nμ/(nμ + (j+1)γ) · P(V' ≤ t),   V' = Σ_{k=1..j+1} Exp(nμ + kγ),</pre>
 *
 * and the Laplace transform of V' shows that e<sup>−γV'</sup> ~ Beta(nμ/γ + 1, j + 1), hence
 * P(V' ≤ t) = P(Beta(nμ/γ + 1, j + 1) ≥ e<sup>−γt</sup>) — no alternating sums. Likewise
 * E[V·1{answered} | j] = nμ/(nμ + (j+1)γ) · Σ<sub>k=1..j+1</sub> 1/(nμ + kγ). P(abandon) = γ·E[queue]/λ
 * (rate balance) and the mean wait of all offered contacts is E[queue]/λ (Little).
 *
 * <p>The system is stable for every load. As θ → ∞ the results tend to Erlang C.
 */
public final class ErlangA {

    /** Tail terms below e^-50 of the largest are dropped (relative error &lt; 1e-20 per term). */
    private static final double LOG_CUTOFF = -50;

    private ErlangA() {}

    /**
     * All metrics for {@code input} staffed with {@code agents} contacts with mean patience θ.
     *
     * @param meanPatienceSeconds θ, mean time a contact is willing to wait, finite and &gt; 0
     * @param agents n ≥ 0
     */
    public static QueueMetrics metrics(StaffingInput input, double meanPatienceSeconds, int agents) {
        Checks.positive("meanPatienceSeconds", meanPatienceSeconds);
        Checks.nonNegative("agents", agents);
        double a = input.offeredLoad();
        if (a == 0) {
            return new QueueMetrics(agents, 0, true, 0, 1, 0, 0, 0, 0);
        }
        double lambda = input.arrivalRatePerSecond();
        double gamma = 1.0 / meanPatienceSeconds;
        double c = agents / input.ahtSeconds(); // nμ
        double t = input.targetAnswerSeconds();

        double below = 0; // R(n) = Σ_{k<n} π_k / π_n
        for (int k = 1; k <= agents; k++) {
            below = (1 + below) * k / a;
        }
        if (Double.isInfinite(below)) {
            // π_n / Σ π_k underflows: nobody waits (to double precision).
            return new QueueMetrics(agents, a, true, 0, 1, 0, 0, Math.min(1, a / agents), 0);
        }

        // log w_j for j = 0, 1, …: w_j = π_{n+j}/π_n. Find the peak and the truncation point.
        int peak = (int) Math.max(0, Math.ceil((lambda - c) / gamma) - 1);
        double logPeak = 0;
        for (int i = 1; i <= peak; i++) {
            logPeak += Math.log(lambda / (c + i * gamma));
        }
        // second pass: scaled weights e^{log w_j − logPeak}
        double sumW = 0;
        double sumJW = 0;
        double sumServedWithin = 0;
        double sumWaitAnswered = 0;
        double logW = 0;
        double harmonic = 0; // Σ_{k=1..j+1} 1/(c + kγ)
        double x = Math.exp(-gamma * t);
        double alpha = c / gamma + 1;
        double scaledBelow = below * Math.exp(-logPeak);
        for (int j = 0; ; j++) {
            if (j > 0) {
                logW += Math.log(lambda / (c + j * gamma));
            }
            double rel = logW - logPeak;
            if (j > peak && rel < LOG_CUTOFF) {
                break;
            }
            double w = Math.exp(rel);
            harmonic += 1 / (c + (j + 1) * gamma);
            double answered = c / (c + (j + 1) * gamma);
            sumW += w;
            sumJW += j * w;
            sumWaitAnswered += w * answered * harmonic;
            if (t > 0 && c > 0 && w * answered > 1e-18 * (sumW + scaledBelow)) {
                sumServedWithin +=
                        w * answered * BetaDistribution.of(alpha, j + 1).survivalProbability(x);
            }
        }
        double norm = scaledBelow + sumW;
        double pWait = sumW / norm;
        double meanQueue = sumJW / norm;
        double pAbandon = Math.min(1, gamma * meanQueue / lambda);
        double serviceLevel = (scaledBelow / norm) + sumServedWithin / norm;
        double answeredShare = 1 - pAbandon;
        double asa = answeredShare > 0 ? (sumWaitAnswered / norm) / answeredShare : Double.POSITIVE_INFINITY;
        double meanWaitAll = meanQueue / lambda;
        double occupancy = agents == 0 ? 0 : Math.min(1, a * answeredShare / agents);
        return new QueueMetrics(
                agents,
                a,
                true,
                clamp(pWait),
                clamp(serviceLevel),
                asa,
                meanWaitAll,
                clamp(occupancy),
                clamp(pAbandon));
    }

    /** Probability that an arriving contact has to wait (finds all agents busy). */
    public static double probabilityOfWait(StaffingInput input, double meanPatienceSeconds, int agents) {
        return metrics(input, meanPatienceSeconds, agents).probabilityOfWait();
    }

    /** Fraction of offered contacts that abandon. */
    public static double probabilityOfAbandon(StaffingInput input, double meanPatienceSeconds, int agents) {
        return metrics(input, meanPatienceSeconds, agents).probabilityOfAbandon();
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
