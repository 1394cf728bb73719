package com.steward.app.scorecards;

import com.steward.app.calibration.VendorCalibration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scorecard run's metrics raw and, where the vendor's calibration offset is switched on, calibrated: the
 * vendor-reported QA lines get the offset of the vendor's latest closed calibration session added (kept within the
 * session form's scale); every other line reads the same in both columns. The stored run is never changed.
 *
 * @param applied whether the vendor's QA is shown calibrated (the switch is on)
 * @param source the offset and the session it came from; empty when no closed session gives one
 * @param lines the run's lines in scorecard order
 */
public record QaCalibration(
        long runId, long vendorId, boolean applied, Optional<VendorCalibration> source, List<Line> lines) {

    /** The metric that carries vendor-reported QA. */
    public static final String QA_METRIC = "qa";

    public QaCalibration {
        lines = List.copyOf(lines);
    }

    /**
     * One line.
     *
     * @param raw the vendor's figure as measured, null when not reported
     * @param calibrated the figure as shown with the switch: raw + offset for QA when applied, else raw
     */
    public record Line(
            String metricId,
            String displayName,
            @Nullable Double raw,
            @Nullable Double calibrated) {

        /** True when the calibrated figure differs from the raw one. */
        public boolean adjusted() {
            return raw != null && calibrated != null && !raw.equals(calibrated);
        }
    }

    /** The lines of {@code numbers}, QA calibrated by {@code source} when {@code applied}. */
    static QaCalibration of(ScorecardRun run, boolean applied, Optional<VendorCalibration> source) {
        List<Line> lines = new ArrayList<>();
        for (ScorecardNumbers.Line l : run.numbers().metrics()) {
            Double raw = l.vendor() == null ? null : l.vendor().value();
            Double calibrated = raw;
            if (raw != null && applied && QA_METRIC.equals(l.metricId()) && source.isPresent()) {
                calibrated = source.get().calibrate(raw);
            }
            lines.add(new Line(l.metricId(), l.displayName(), raw, calibrated));
        }
        return new QaCalibration(run.id(), run.vendorId(), applied, source, lines);
    }
}
