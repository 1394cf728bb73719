package com.steward.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderAlignmentTest {

    @Test
    void generousGraderHasPositiveBiasWithStudentInterval() {
        // d = 5, 5, 0: mean 10/3, s = √(25/3) = 2.8868, t(0.975, 2) = 4.302653 (tables).
        GraderAlignment a = GraderAlignment.of(new double[] {80, 90, 70}, new double[] {75, 85, 70});
        double half = 4.302653 * Math.sqrt(25.0 / 3) / Math.sqrt(3);
        assertThat(a.n()).isEqualTo(3);
        assertThat(a.meanAbsoluteDifference()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(a.bias().estimate()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(a.bias().low()).isCloseTo(10.0 / 3 - half, within(1e-5));
        assertThat(a.bias().high()).isCloseTo(10.0 / 3 + half, within(1e-5));
    }

    @Test
    void meanAbsoluteDifferenceCountsDisagreementThatBiasCancels() {
        GraderAlignment a = GraderAlignment.of(new double[] {80, 60, 70, 70}, new double[] {70, 70, 70, 70});
        assertThat(a.bias().estimate()).isZero();
        assertThat(a.meanAbsoluteDifference()).isEqualTo(5);
    }

    @Test
    void targetsEitherSideDidNotScoreAreSkipped() {
        GraderAlignment a =
                GraderAlignment.of(new double[] {80, Double.NaN, 70, 66}, new double[] {78, 50, Double.NaN, 60});
        assertThat(a.n()).isEqualTo(2);
        assertThat(a.bias().estimate()).isEqualTo(4);
    }

    @Test
    void fewerThanTwoSharedTargetsIsRejected() {
        assertThatThrownBy(() -> GraderAlignment.of(new double[] {80, Double.NaN}, new double[] {70, 60}))
                .hasMessageContaining("at least two targets");
    }

    @Test
    void offsetIsTheExpertMinusTheVendorAndClampsToTheScale() {
        CalibrationOffset o = CalibrationOffset.of(new double[] {80, 90, 70}, new double[] {75, 85, 70});
        assertThat(o.offset()).isCloseTo(-10.0 / 3, within(1e-12));
        assertThat(o.interval().contains(o.offset())).isTrue();
        assertThat(o.apply(88, 0, 100)).isCloseTo(88 - 10.0 / 3, within(1e-12));
        assertThat(o.apply(2, 0, 100)).isZero();
    }

    @Test
    void oneWayAnovaOfTwoVendorsMatchesTheTTest() {
        // A = 1,2,3; B = 4,5,6: SS_between 13.5, SS_within 4, F = 13.5 on (1, 4) = t² with t = 3.6742;
        // two-sided p of t(4) = 3.6742 is 0.02131 (tables); n₀ = 3, σ²_between = (13.5 − 1)/3.
        VendorVariance v = VendorVariance.of(Map.of("a", new double[] {1, 2, 3}, "b", new double[] {4, 5, 6}));
        assertThat(v.ssBetween()).isCloseTo(13.5, within(1e-12));
        assertThat(v.ssWithin()).isCloseTo(4, within(1e-12));
        assertThat(v.f()).isCloseTo(13.5, within(1e-12));
        assertThat(v.pValue()).isCloseTo(0.02131, within(5e-5));
        assertThat(v.etaSquared()).isCloseTo(13.5 / 17.5, within(1e-12));
        assertThat(v.varianceBetween()).isCloseTo(12.5 / 3, within(1e-12));
        assertThat(v.varianceWithin()).isCloseTo(1, within(1e-12));
        assertThat(v.betweenExceedsWithin()).isTrue();
    }

    @Test
    void oneVendorCannotBeCompared() {
        assertThatThrownBy(() -> VendorVariance.of(Map.of("a", new double[] {1, 2})))
                .hasMessageContaining("at least two vendors");
    }
}
