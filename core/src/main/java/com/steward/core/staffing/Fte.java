package com.steward.core.staffing;

/**
 * Full-time equivalents to schedule so that {@code agents} are on the phones after shrinkage
 * (breaks, training, meetings, time off, absence): FTE = agents / (1 − shrinkage), rounded up to
 * whole people (the convention of e.g. pyworkforce's {@code positions}).
 */
public final class Fte {

    /** Rounding slack so that e.g. 14 / 0.7 = 20.000000000000004 counts as 20, not 21. */
    private static final double ROUNDING_SLACK = 1e-9;

    private Fte() {}

    /**
     * FTE for {@code agents} on the phones.
     *
     * @param agents ≥ 0
     * @param shrinkage share of paid time not available for contacts, in [0, 1)
     */
    public static FteRequirement fromAgents(int agents, double shrinkage) {
        Checks.nonNegative("agents", agents);
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1), was " + shrinkage);
        }
        double exact = agents / (1 - shrinkage);
        int rounded = (int) Math.ceil(exact - ROUNDING_SLACK);
        return new FteRequirement(agents, shrinkage, exact, rounded);
    }

    /**
     * FTE for a number of agents.
     *
     * @param agents agents on the phones
     * @param shrinkage share of paid time not available, [0, 1)
     * @param fte unrounded FTE, agents / (1 − shrinkage)
     * @param roundedFte whole people: ⌈fte⌉
     */
    public record FteRequirement(int agents, double shrinkage, double fte, int roundedFte) {
        public FteRequirement {
            Checks.nonNegative("agents", agents);
            Checks.nonNegative("fte", fte);
            Checks.nonNegative("roundedFte", roundedFte);
        }
    }
}
