package com.steward.app.staffing;

import com.steward.app.web.InvalidRequestException;

/**
 * One queue to calculate: a workload, and either a number of agents to evaluate or a goal to meet.
 * Validation ({@link #validate}) names the offending field; the CLI maps field names to options.
 *
 * @param calls contacts offered in the interval, &gt; 0
 * @param intervalSeconds interval length in seconds, &gt; 0 (default 1800)
 * @param ahtSeconds average handle time in seconds, &gt; 0
 * @param targetSeconds service-level threshold T in seconds, ≥ 0 (default 20)
 * @param agents agents to evaluate; or null when a goal is given
 * @param targetServiceLevel goal: share answered within T, strictly between 0 and 1
 * @param targetAsaSeconds goal: average speed of answer at most this many seconds, &gt; 0
 * @param maxOccupancy occupancy cap for a goal, in (0, 1] (default 1: no cap)
 * @param shrinkage share of paid time off the phones, in [0, 1); when given, FTE are reported
 * @param patienceSeconds mean patience for Erlang A, &gt; 0; null for Erlang C
 */
public record QueueQuery(
        Double calls,
        Double intervalSeconds,
        Double ahtSeconds,
        Double targetSeconds,
        Integer agents,
        Double targetServiceLevel,
        Double targetAsaSeconds,
        Double maxOccupancy,
        Double shrinkage,
        Double patienceSeconds) {

    /** Default interval length: 30 minutes. */
    public static final double DEFAULT_INTERVAL_SECONDS = 1800;

    /** Default service-level threshold: 20 seconds. */
    public static final double DEFAULT_TARGET_SECONDS = 20;

    /** What the query asks for. */
    public enum Mode {
        /** Metrics for the given agents. */
        EVALUATE,
        /** The smallest staffing that meets the goal, and its metrics. */
        REQUIRED_AGENTS
    }

    /** Checks every field; throws {@link InvalidRequestException} naming the first bad one. */
    public Mode validate(boolean requirePatience) {
        positive("calls", calls, true);
        positive("intervalSeconds", intervalSeconds, false);
        positive("ahtSeconds", ahtSeconds, true);
        if (targetSeconds != null && !(targetSeconds >= 0 && Double.isFinite(targetSeconds))) {
            throw new InvalidRequestException("targetSeconds", "targetSeconds must be a finite number >= 0");
        }
        if (agents != null && agents < 0) {
            throw new InvalidRequestException("agents", "agents must be >= 0");
        }
        if (targetServiceLevel != null && !(targetServiceLevel > 0 && targetServiceLevel < 1)) {
            throw new InvalidRequestException(
                    "targetServiceLevel", "targetServiceLevel must be strictly between 0 and 1");
        }
        positive("targetAsaSeconds", targetAsaSeconds, false);
        if (maxOccupancy != null && !(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new InvalidRequestException("maxOccupancy", "maxOccupancy must be in (0, 1]");
        }
        if (shrinkage != null && !(shrinkage >= 0 && shrinkage < 1)) {
            throw new InvalidRequestException("shrinkage", "shrinkage must be in [0, 1)");
        }
        positive("patienceSeconds", patienceSeconds, requirePatience);
        int given =
                (agents != null ? 1 : 0) + (targetServiceLevel != null ? 1 : 0) + (targetAsaSeconds != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidRequestException(
                    "agents", "give exactly one of agents, targetServiceLevel or targetAsaSeconds");
        }
        return agents != null ? Mode.EVALUATE : Mode.REQUIRED_AGENTS;
    }

    double intervalOrDefault() {
        return intervalSeconds == null ? DEFAULT_INTERVAL_SECONDS : intervalSeconds;
    }

    double targetSecondsOrDefault() {
        return targetSeconds == null ? DEFAULT_TARGET_SECONDS : targetSeconds;
    }

    double maxOccupancyOrDefault() {
        return maxOccupancy == null ? 1 : maxOccupancy;
    }

    private static void positive(String field, Double value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidRequestException(field, field + " is required");
            }
            return;
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidRequestException(field, field + " must be a finite number > 0");
        }
    }
}
