package com.steward.app.calibration;

import com.steward.core.calibration.IccEstimate;

/**
 * One intraclass correlation as shown and served.
 *
 * @param low the interval's lower bound; null when the interval has no lower limit
 */
public record IccRow(String form, String description, double value, Double low, double high) {

    static IccRow of(IccEstimate e) {
        return new IccRow(
                e.form().label(),
                e.form().description(),
                e.value(),
                Double.isInfinite(e.low()) ? null : e.low(),
                e.high());
    }
}
