package com.steward.core.renewal;

import com.steward.core.costing.Distribution;

/**
 * What is uncertain when comparing the options: the volume and AHT every option is priced on, the customers lost in
 * the transition, and how many months late the new vendor or the in-house team is ready (added to the parallel run
 * and to the ramp). Sampled values are clamped: contacts ≥ 0, AHT ≥ 1 s, churn in [0, 1], delay rounded to whole
 * months in [0, 24].
 */
public record Uncertainty(
        Distribution contactsPerMonth,
        Distribution ahtSeconds,
        Distribution transitionChurnRate,
        Distribution delayMonths) {

    public Uncertainty {
        if (contactsPerMonth == null || ahtSeconds == null || transitionChurnRate == null || delayMonths == null) {
            throw new IllegalArgumentException("every distribution must be given");
        }
    }

    /**
     * Triangular distributions around the base values: volume and AHT within ± their spread (0.15 = ± 15 %), churn
     * between 0 and twice its base value, a delay uniform between 0 and {@code maxDelayMonths}.
     */
    public static Uncertainty around(RenewalOptions base, double volumeSpread, double ahtSpread, int maxDelayMonths) {
        Numbers.rate("volumeSpread", volumeSpread);
        Numbers.rate("ahtSpread", ahtSpread);
        if (maxDelayMonths < 0 || maxDelayMonths > 12) {
            throw new IllegalArgumentException("maxDelayMonths must be in 0..12, was " + maxDelayMonths);
        }
        double c = base.workload().contactsPerMonth();
        double a = base.workload().ahtSeconds();
        double churn = base.leaving().transitionChurnRate();
        return new Uncertainty(
                spread(c, volumeSpread),
                spread(a, ahtSpread),
                churn == 0 ? Distribution.fixed(0) : Distribution.triangular(0, churn, Math.min(1, 2 * churn)),
                maxDelayMonths == 0 ? Distribution.fixed(0) : Distribution.uniform(0, maxDelayMonths));
    }

    /** No uncertainty: every trial is the base case. */
    public static Uncertainty none(RenewalOptions base) {
        return around(base, 0, 0, 0);
    }

    private static Distribution spread(double value, double spread) {
        return spread == 0 || value == 0
                ? Distribution.fixed(value)
                : Distribution.triangular(value * (1 - spread), value, value * (1 + spread));
    }
}
