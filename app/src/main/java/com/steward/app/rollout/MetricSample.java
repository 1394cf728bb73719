package com.steward.app.rollout;

/**
 * One metric for one group from the lake, in display units (percent for rates).
 *
 * @param observations responses / contacts / evaluations behind the value
 * @param contacts contacts offered to the group in the window
 * @param standardDeviation for means: of single observations; for rates: √(p(1 − p)) in percent
 */
public record MetricSample(
        double value,
        Double low,
        Double high,
        long successes,
        long observations,
        long contacts,
        double standardDeviation) {

    public boolean hasData() {
        return observations > 0;
    }
}
