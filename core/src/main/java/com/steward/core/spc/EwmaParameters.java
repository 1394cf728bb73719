package com.steward.core.spc;

/**
 * EWMA design: smoothing λ and limit width L (in standard deviations of the statistic).
 *
 * @param lambda weight of the newest point, (0, 1]; λ = 1 gives a Shewhart chart
 * @param width L, &gt; 0
 */
public record EwmaParameters(double lambda, double width) {

    /** Montgomery's common design λ = 0.2, L = 3 (in-control ARL ≈ 560 with λ = 0.2, L = 2.962). */
    public static final EwmaParameters DEFAULT = new EwmaParameters(0.2, 3.0);

    public EwmaParameters {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in (0, 1], was " + lambda);
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("width must be a positive finite number, was " + width);
        }
    }
}
