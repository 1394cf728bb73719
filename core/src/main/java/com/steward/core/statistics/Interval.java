package com.steward.core.statistics;

/**
 * A two-sided confidence interval around a point estimate.
 *
 * @param estimate the point estimate
 * @param low lower bound (inclusive)
 * @param high upper bound (inclusive)
 */
public record Interval(double estimate, double low, double high) {

    public Interval {
        if (Double.isNaN(estimate) || Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException("interval bounds must be numbers");
        }
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    public double width() {
        return high - low;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
