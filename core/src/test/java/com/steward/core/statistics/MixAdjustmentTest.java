package com.steward.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MixAdjustmentTest {

    @Test
    void matchesAHandWorkedExample() {
        // In-house mix: billing 300, technical 100 → w = 0.75, 0.25. Vendor: billing 0.90 (n 100), technical
        // 0.60 (n 300). Crude vendor = (90 + 180)/400 = 0.675; adjusted = 0.75·0.9 + 0.25·0.6 = 0.825.
        // In-house: billing 0.85 (n 300), technical 0.55 (n 100) → reference = 0.775; difference = +0.05.
        // Var(diff) = 0.75²·(0.09/100 + 0.1275/300) + 0.25²·(0.24/300 + 0.2475/100)
        //           = 0.5625·0.001325 + 0.0625·0.003275 = 0.000745313 + 0.000204688 = 0.00095; se = 0.030822
        MixAdjustment.Result r = MixAdjustment.standardise95(List.of(
                new MixAdjustment.Stratum("billing", 300, Cell.proportion(90, 100), Cell.proportion(255, 300)),
                new MixAdjustment.Stratum("technical", 100, Cell.proportion(180, 300), Cell.proportion(55, 100))));
        assertThat(r.adjusted()).isCloseTo(0.825, within(1e-12));
        assertThat(r.reference()).isCloseTo(0.775, within(1e-12));
        assertThat(r.difference().estimate()).isCloseTo(0.05, within(1e-12));
        assertThat(r.difference().high() - 0.05).isCloseTo(1.959964 * 0.030822, within(1e-5));
        assertThat(r.coverage()).isEqualTo(1.0);
        // adjusted SE² = 0.5625·0.0009 + 0.0625·0.0008 = 0.00055625
        assertThat(r.adjustedStandardError()).isCloseTo(Math.sqrt(0.00055625), within(1e-9));
    }

    @Test
    void reversesSimpsonsParadoxInThePublishedKidneyStoneExample() {
        // Charig et al., BMJ 292 (1986) 879–882, as analysed by Julious & Mullee, BMJ 309 (1994) 1480:
        // open surgery (A) small 81/87, large 192/263; PCNL (B) small 234/270, large 55/80.
        // Crude: A 273/350 = 0.780 < B 289/350 = 0.826, yet A is better in both strata. Standardised to B's
        // mix (270:80): A = 0.93103·0.77143 + 0.73004·0.22857 = 0.88509 > 0.82571.
        MixAdjustment.Result r = MixAdjustment.standardise95(List.of(
                new MixAdjustment.Stratum("small", 270, Cell.proportion(81, 87), Cell.proportion(234, 270)),
                new MixAdjustment.Stratum("large", 80, Cell.proportion(192, 263), Cell.proportion(55, 80))));
        assertThat(r.adjusted()).isCloseTo(0.88509, within(1e-5));
        assertThat(r.reference()).isCloseTo(289 / 350.0, within(1e-12));
        assertThat(r.difference().estimate()).isPositive();
    }

    @Test
    void leavesOutSegmentsWithoutDataAndReportsCoverage() {
        MixAdjustment.Result r = MixAdjustment.standardise95(List.of(
                new MixAdjustment.Stratum("billing", 300, Cell.proportion(90, 100), Cell.proportion(255, 300)),
                new MixAdjustment.Stratum("sales", 100, null, Cell.proportion(55, 100))));
        assertThat(r.coverage()).isEqualTo(0.75);
        assertThat(r.segmentsUsed()).isEqualTo(1);
        assertThat(r.adjusted()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void refusesWhenNoSegmentHasBothGroups() {
        assertThatThrownBy(() -> MixAdjustment.standardise95(
                        List.of(new MixAdjustment.Stratum("x", 10, null, Cell.proportion(1, 2)))))
                .hasMessageContaining("no segment");
    }
}
