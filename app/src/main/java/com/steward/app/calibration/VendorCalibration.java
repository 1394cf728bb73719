package com.steward.app.calibration;

/**
 * The calibration offset of one vendor from its latest closed session: add {@code offset} to the vendor's own QA
 * scores to read them on the client expert's scale.
 *
 * @param scaleMin the lowest score of the session's QA form, which a calibrated score never falls below
 * @param scaleMax the highest score of the session's QA form, which a calibrated score never exceeds
 */
public record VendorCalibration(
        long vendorId,
        long sessionId,
        String sessionName,
        double offset,
        double low,
        double high,
        int n,
        double scaleMin,
        double scaleMax) {

    /** A vendor-reported QA score on the expert's scale, kept within [min, max]. */
    public double calibrate(double reportedQa, double min, double max) {
        return Math.max(min, Math.min(max, reportedQa + offset));
    }

    /** A vendor-reported QA score on the expert's scale, kept within the session form's scale. */
    public double calibrate(double reportedQa) {
        return calibrate(reportedQa, scaleMin, scaleMax);
    }
}
