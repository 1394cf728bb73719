package com.steward.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.calibration.KrippendorffAlpha.Metric;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    private static final double N = Double.NaN;

    /**
     * Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders × 15 units): α_nominal = 0.691,
     * α_interval = 0.811; both to six decimals in the tests of the Python package krippendorff.
     */
    private static final double[][] WIKIPEDIA = transpose(new double[][] {
        {N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3},
        {1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N},
        {N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4}
    });

    @Test
    void reproducesKrippendorffsOrdinalExample() {
        KrippendorffAlpha.Result r = KrippendorffAlpha.ordinal(CalibrationFixtures.krippendorff2011());
        assertThat(r.alpha()).isCloseTo(0.815, within(0.0005));
        // Krippendorff counts n = 40 pairable values in 11 units (unit 12 has one value).
        assertThat(r.pairableValues()).isEqualTo(40);
        assertThat(r.units()).isEqualTo(11);
    }

    @Test
    void reproducesKrippendorffsNominalAndIntervalExamplesOnTheSameData() {
        double[][] data = CalibrationFixtures.krippendorff2011().scores();
        assertThat(KrippendorffAlpha.of(data, Metric.NOMINAL).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.of(data, Metric.INTERVAL).alpha()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void reproducesTheWikipediaExample() {
        assertThat(KrippendorffAlpha.of(WIKIPEDIA, Metric.NOMINAL).alpha()).isCloseTo(0.691358, within(5e-7));
        assertThat(KrippendorffAlpha.of(WIKIPEDIA, Metric.INTERVAL).alpha()).isCloseTo(0.810845, within(5e-7));
    }

    @Test
    void noUnitWithTwoValuesIsRejected() {
        assertThatThrownBy(() -> KrippendorffAlpha.of(new double[][] {{1, N}, {N, 2}}, Metric.ORDINAL))
                .hasMessageContaining("at least one unit with values from two coders");
    }

    @Test
    void noVariationIsRejected() {
        assertThatThrownBy(() -> KrippendorffAlpha.of(new double[][] {{3, 3}, {3, 3}}, Metric.ORDINAL))
                .hasMessageContaining("no variation");
    }

    private static double[][] transpose(double[][] codersByUnits) {
        double[][] out = new double[codersByUnits[0].length][codersByUnits.length];
        for (int c = 0; c < codersByUnits.length; c++) {
            for (int u = 0; u < codersByUnits[0].length; u++) {
                out[u][c] = codersByUnits[c][u];
            }
        }
        return out;
    }
}
