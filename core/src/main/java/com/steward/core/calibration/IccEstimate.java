package com.steward.core.calibration;

import com.steward.core.statistics.Interval;

/**
 * One intraclass correlation with its confidence interval.
 *
 * @param form which of the six
 * @param interval the estimate and its bounds
 */
public record IccEstimate(IccForm form, Interval interval) {

    public double value() {
        return interval.estimate();
    }

    public double low() {
        return interval.low();
    }

    public double high() {
        return interval.high();
    }
}
