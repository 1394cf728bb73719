package com.steward.core.staffing;

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
 * P(V' ≤ t) = P(Beta(nμ/γ + 1, j + 1) ≥ e<sup>−γt</sup>) — no alternating sums — and that survival
 * follows from the one of state j − 1 by the incomplete beta recurrence in its first parameter (see {@code
 * tail}), so a state costs a few multiplications. Likewise
 * E[V·1{answered} | j] = nμ/(nμ + (j+1)γ) · Σ<sub>k=1..j+1</sub> 1/(nμ + kγ). P(abandon) = γ·E[queue]/λ
 * (rate balance) and the mean wait of all offered contacts is E[queue]/λ (Little).
 *
 * <p>The system is stable for every load. As θ → ∞ the results tend to Erlang C.
 */
public final class ErlangA {

    /** Tail terms below e^-50 of the largest are dropped (relative error &lt; 1e-20 per term). */
    private static final double LOG_CUTOFF = -50;

    /** Below this a factor is carried as its logarithm so that it cannot underflow to zero and stay there. */
    private static final double LOG_TINY = -600;

    private static final double TINY = Math.exp(LOG_TINY);

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

        // w_j = π_{n+j}/π_n, scaled by the largest (at j = peak) so that the sums cannot overflow.
        int peak = (int) Math.max(0, Math.ceil((lambda - c) / gamma) - 1);
        double logPeak = 0;
        for (int i = 1; i <= peak; i++) {
            logPeak += Math.log(lambda / (c + i * gamma));
        }
        double scaledBelow = below * Math.exp(-logPeak);
        Tail tail = tail(lambda, c, gamma, t, peak, -logPeak);
        double norm = scaledBelow + tail.sumW();
        double pWait = tail.sumW() / norm;
        double meanQueue = tail.sumJW() / norm;
        double pAbandon = Math.min(1, gamma * meanQueue / lambda);
        double serviceLevel = (scaledBelow / norm) + tail.sumServedWithin() / norm;
        double answeredShare = 1 - pAbandon;
        double asa = answeredShare > 0 ? (tail.sumWaitAnswered() / norm) / answeredShare : Double.POSITIVE_INFINITY;
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

    /** The sums over the queue states n + j, relative to the largest w<sub>j</sub>. */
    private record Tail(double sumW, double sumJW, double sumServedWithin, double sumWaitAnswered) {}

    /**
     * One pass over j = 0, 1, … with every factor updated by its ratio to the previous one, so a state costs a
     * few multiplications instead of an incomplete beta function:
     *
     * <ul>
     *   <li>w<sub>j</sub> = w<sub>j−1</sub>·λ/(c + jγ), starting from e<sup>logW0</sup>; kept as a logarithm
     *       only while it would underflow (below e<sup>−600</sup> of the peak, where it adds nothing);
     *   <li>S<sub>j</sub> = P(Beta(α, j + 1) ≥ x) = I<sub>y</sub>(j + 1, α) with x = e<sup>−γt</sup>, y = 1 − x,
     *       α = c/γ + 1, from S<sub>0</sub> = 1 − x<sup>α</sup> and the recurrence I<sub>y</sub>(a + 1, b) =
     *       I<sub>y</sub>(a, b) − y<sup>a</sup>(1 − y)<sup>b</sup>/(a·B(a, b)) (Abramowitz &amp; Stegun 26.5.16),
     *       whose subtracted term T<sub>j</sub> = y<sup>j+1</sup>x<sup>α</sup>Γ(j + 1 + α)/(Γ(j + 2)Γ(α)) has
     *       T<sub>0</sub> = y·α·x<sup>α</sup> and T<sub>j</sub>/T<sub>j−1</sub> = y(j + α)/(j + 1). The
     *       subtraction loses at most j ulps of absolute accuracy, far below every tolerance on a service level.
     * </ul>
     *
     * Stops after the peak once w<sub>j</sub> falls below e<sup>−50</sup> of it.
     */
    private static Tail tail(double lambda, double c, double gamma, double t, int peak, double logW0) {
        double cutoff = Math.exp(LOG_CUTOFF);
        double y = -Math.expm1(-gamma * t); // 1 − x, without cancellation for small γt
        double alpha = c / gamma + 1;
        boolean serves = t > 0 && c > 0;
        double survival = serves ? -Math.expm1(-(c + gamma) * t) : 0; // S_0 = 1 − x^α
        double logT = serves ? Math.log(y) + Math.log(alpha) - (c + gamma) * t : Double.NEGATIVE_INFINITY;
        double term = Math.exp(logT); // T_j, or 0 while kept as logT
        boolean termInLogs = term < TINY;
        double logW = logW0;
        double w = logW < LOG_TINY ? 0 : Math.exp(logW);
        double sumW = 0;
        double sumJW = 0;
        double sumServedWithin = 0;
        double sumWaitAnswered = 0;
        double harmonic = 0; // Σ_{k=1..j+1} 1/(c + kγ)
        double inverse = 0; // 1/(c + jγ), from the previous state
        for (int j = 0; ; j++) {
            if (j > 0) {
                double ratio = lambda * inverse;
                if (w > 0) {
                    w *= ratio;
                } else {
                    logW += Math.log(ratio);
                    w = logW < LOG_TINY ? 0 : Math.exp(logW);
                }
                if (serves) {
                    survival = Math.max(0, survival - term);
                    double step = y * (j + alpha) / (j + 1);
                    if (termInLogs) {
                        logT += Math.log(step);
                        termInLogs = logT < LOG_TINY;
                        term = termInLogs ? 0 : Math.exp(logT);
                    } else {
                        term *= step;
                        if (term < TINY) {
                            termInLogs = true;
                            logT = Math.log(term);
                            term = 0;
                        }
                    }
                }
            } else if (termInLogs) {
                term = 0;
            }
            if (j > peak && w < cutoff) {
                break;
            }
            inverse = 1 / (c + (j + 1) * gamma);
            harmonic += inverse;
            double answered = w * c * inverse;
            sumW += w;
            sumJW += j * w;
            sumWaitAnswered += answered * harmonic;
            sumServedWithin += answered * survival;
        }
        return new Tail(sumW, sumJW, sumServedWithin, sumWaitAnswered);
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
