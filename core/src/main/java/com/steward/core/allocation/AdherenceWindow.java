package com.steward.core.allocation;

/**
 * When an interval counts as met: delivered / required within [lower, upper].
 *
 * <p>Line adherence in multi-vendor workforce management is "the percentage of intervals … where the actual
 * productive staffing falls between a defined lower specification limit and upper specification limit, compared
 * to the required productive staffing for each interval" (Termignone, <i>Mastering Line Adherence</i>, ImmerseCX,
 * 2024, with a 95 %–105 % window). The default here, {@link #atLeastRequirement()}, only asks that the requirement
 * be met, as a contract's minimum-staffing clause does.
 *
 * @param lower lowest delivered / required ratio that counts as met, ≥ 0
 * @param upper highest ratio that counts as met, ≥ lower (may be infinite)
 */
public record AdherenceWindow(double lower, double upper) {

    public AdherenceWindow {
        if (!(lower >= 0) || Double.isInfinite(lower) || !(upper >= lower)) {
            throw new IllegalArgumentException("window must satisfy 0 <= lower <= upper, was " + lower + ", " + upper);
        }
    }

    /** Met when delivered ≥ required. */
    public static AdherenceWindow atLeastRequirement() {
        return new AdherenceWindow(1, Double.POSITIVE_INFINITY);
    }

    /** Whether {@code delivered} hours meet {@code required} hours (required &gt; 0). */
    public boolean isMet(double delivered, double required) {
        // compare in products, not the ratio, so that a rounding hair below the requirement does not fail
        return delivered >= lower * required - 1e-9 && delivered <= upper * required + 1e-9;
    }
}
