package com.steward.core.spc;

/**
 * One point of a monitored series.
 *
 * @param value the period's value: a proportion in [0, 1] for proportion charts, a mean for mean charts
 * @param sampleSize how many observations the value rests on (trials, or responses averaged), ≥ 1
 */
public record Observation(double value, long sampleSize) {

    public Observation {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number, was " + value);
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sampleSize must be at least 1, was " + sampleSize);
        }
    }

    /** A proportion from counts: {@code successes / trials}. */
    public static Observation proportion(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "need 0 ≤ successes ≤ trials and trials ≥ 1, was " + successes + "/" + trials);
        }
        return new Observation((double) successes / trials, trials);
    }

    /** A single measurement (sample size 1). */
    public static Observation individual(double value) {
        return new Observation(value, 1);
    }
}
