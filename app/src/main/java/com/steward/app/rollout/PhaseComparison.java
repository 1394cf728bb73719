package com.steward.app.rollout;

import java.time.LocalDate;
import java.util.List;

/**
 * Pilot versus in-house for one phase: per metric the difference with its interval, the difference-in-differences
 * against the same-length window before the phase start, and the difference after mix adjustment by queue × region.
 * All in display units (percentage points for rates).
 */
public record PhaseComparison(
        long planId,
        Phase phase,
        String vendorCode,
        String vendorName,
        LocalDate beforeFrom,
        LocalDate beforeTo,
        List<Row> rows) {

    /**
     * @param higherIsBetter the metric's direction
     * @param did {@code null} when a cell is empty (see {@code didNote})
     * @param mix {@code null} when no segment has both groups
     */
    public record Row(
            String metric,
            String displayName,
            boolean rate,
            boolean higherIsBetter,
            MetricSample vendor,
            MetricSample inhouse,
            GateEvaluation.Estimate difference,
            String method,
            Did did,
            String didNote,
            Mix mix) {}

    /** (vendor after − vendor before) − (in-house after − in-house before). */
    public record Did(GateEvaluation.Estimate estimate, double vendorChange, double inhouseChange) {}

    /** The vendor's rate re-weighted to the in-house queue × region mix. */
    public record Mix(
            double vendorCrude,
            double vendorAdjusted,
            double inhouse,
            GateEvaluation.Estimate difference,
            double coverage,
            int segments) {}
}
