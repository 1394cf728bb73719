package com.steward.core.staffing;

/**
 * Erlang C: the M/M/n queue with infinite patience (no abandonment), first come first served.
 *
 * <p>Formulas (Erlang 1917; see Gans, Koole &amp; Mandelbaum, "Telephone call centers: tutorial,
 * review and research prospects", M&amp;SOM 5 (2003) 79–141, §4.1), with A the offered load in
 * erlangs, n the agents and B = B(n, A) from {@link ErlangB}:
 *
 * <ul>
 *   <li>probability of wait C(n, A) = n·B / (n − A·(1 − B)), valid for A &lt; n;
 *   <li>service level P(wait ≤ t) = 1 − C · exp(−(n − A) · t / AHT);
 *   <li>average speed of answer ASA = C · AHT / (n − A);
 *   <li>occupancy A / n.
 * </ul>
 *
 * <p>When A ≥ n the queue grows without bound: the result is reported as unstable (probability of
 * wait 1, service level 0, infinite ASA, occupancy 1), never as a negative wait. Cost is O(n) and
 * all intermediate values stay in [0, 1], so 20,000+ agents and loads far above the agents are safe.
 */
public final class ErlangC {

    private ErlangC() {}

    /**
     * Probability that an arriving contact waits, C(n, A).
     *
     * @param offeredLoad A in erlangs, ≥ 0
     * @param agents n ≥ 0
     * @return C(n, A) in [0, 1]; 1 when A ≥ n (unstable)
     */
    public static double probabilityOfWait(double offeredLoad, int agents) {
        Checks.nonNegative("offeredLoad", offeredLoad);
        Checks.nonNegative("agents", agents);
        if (offeredLoad == 0) {
            return 0;
        }
        if (offeredLoad >= agents) {
            return 1;
        }
        return fromBlocking(ErlangB.blocking(offeredLoad, agents), offeredLoad, agents);
    }

    /** C from B: n·B / (n − A(1 − B)), requires A &lt; n. */
    static double fromBlocking(double blocking, double offeredLoad, int agents) {
        double c = agents * blocking / (agents - offeredLoad * (1 - blocking));
        return Math.min(1, Math.max(0, c));
    }

    /**
     * Service level P(wait ≤ t) = 1 − C·exp(−(n − A)·t/AHT); 0 when unstable.
     *
     * @param targetAnswerSeconds t ≥ 0
     * @param ahtSeconds AHT &gt; 0
     */
    public static double serviceLevel(double offeredLoad, int agents, double targetAnswerSeconds, double ahtSeconds) {
        Checks.nonNegative("targetAnswerSeconds", targetAnswerSeconds);
        Checks.positive("ahtSeconds", ahtSeconds);
        double c = probabilityOfWait(offeredLoad, agents);
        if (offeredLoad > 0 && offeredLoad >= agents) {
            return 0;
        }
        return serviceLevelFromC(c, offeredLoad, agents, targetAnswerSeconds, ahtSeconds);
    }

    static double serviceLevelFromC(double c, double offeredLoad, int agents, double t, double aht) {
        return Math.min(1, Math.max(0, 1 - c * Math.exp(-(agents - offeredLoad) * t / aht)));
    }

    /** Average speed of answer C·AHT/(n − A) in seconds; {@code +Infinity} when A ≥ n &gt; 0. */
    public static double averageSpeedOfAnswer(double offeredLoad, int agents, double ahtSeconds) {
        Checks.positive("ahtSeconds", ahtSeconds);
        double c = probabilityOfWait(offeredLoad, agents);
        if (offeredLoad == 0) {
            return 0;
        }
        if (offeredLoad >= agents) {
            return Double.POSITIVE_INFINITY;
        }
        return c * ahtSeconds / (agents - offeredLoad);
    }

    /** All metrics for {@code input} staffed with {@code agents}. */
    public static QueueMetrics metrics(StaffingInput input, int agents) {
        Checks.nonNegative("agents", agents);
        double a = input.offeredLoad();
        if (a == 0) {
            return new QueueMetrics(agents, 0, true, 0, 1, 0, 0, 0, 0);
        }
        if (a >= agents) {
            return unstable(agents, a);
        }
        return fromBlocking(input, agents, ErlangB.blocking(a, agents));
    }

    static QueueMetrics unstable(int agents, double a) {
        return new QueueMetrics(agents, a, false, 1, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 0);
    }

    /** Metrics when B(n, A) is already known (used by the incremental required-agents search). */
    static QueueMetrics fromBlocking(StaffingInput input, int agents, double blocking) {
        double a = input.offeredLoad();
        double c = fromBlocking(blocking, a, agents);
        double sl = serviceLevelFromC(c, a, agents, input.targetAnswerSeconds(), input.ahtSeconds());
        double asa = c * input.ahtSeconds() / (agents - a);
        return new QueueMetrics(agents, a, true, c, sl, asa, asa, a / agents, 0);
    }
}
