package com.steward.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTest {

    @Test
    void matchesAHandWorkedExample() {
        // Pilot segments: CSAT 320/400 = 0.80 before, 210/300 = 0.70 after; in-house: 800/1000 = 0.80 before,
        // 820/1000 = 0.82 after. DiD = (0.70 − 0.80) − (0.82 − 0.80) = −0.12;
        // SE = √(0.16/400 + 0.21/300 + 0.16/1000 + 0.1476/1000) = √(0.0004 + 0.0007 + 0.00016 + 0.0001476)
        //    = √0.0014076 = 0.037518; 95%: −0.12 ± 1.96·0.037518 = (−0.19353, −0.04647)
        DifferenceInDifferences.Result r = DifferenceInDifferences.estimate95(
                Cell.proportion(320, 400),
                Cell.proportion(210, 300),
                Cell.proportion(800, 1000),
                Cell.proportion(820, 1000));
        assertThat(r.estimate()).isCloseTo(-0.12, within(1e-12));
        assertThat(r.treatedChange()).isCloseTo(-0.10, within(1e-12));
        assertThat(r.controlChange()).isCloseTo(0.02, within(1e-12));
        assertThat(r.standardError()).isCloseTo(0.037518, within(1e-6));
        assertThat(r.interval().low()).isCloseTo(-0.19353, within(1e-4));
        assertThat(r.interval().high()).isCloseTo(-0.04647, within(1e-4));
    }

    @Test
    void standardErrorMatchesTheSpreadOfSimulatedEstimates() {
        // Second computation: draw the four Bernoulli cells 5,000 times and compare the empirical standard
        // deviation of the DiD with the analytic SE, and the empirical coverage with 95%.
        SplittableRandom random = new SplittableRandom(3);
        double truth = (0.70 - 0.80) - (0.82 - 0.80);
        int runs = 5_000;
        double sum = 0;
        double sumSq = 0;
        int covered = 0;
        for (int i = 0; i < runs; i++) {
            long tb = TwoProportionDifferenceTest.binomial(random, 400, 0.80);
            long ta = TwoProportionDifferenceTest.binomial(random, 300, 0.70);
            long cb = TwoProportionDifferenceTest.binomial(random, 1000, 0.80);
            long ca = TwoProportionDifferenceTest.binomial(random, 1000, 0.82);
            DifferenceInDifferences.Result r = DifferenceInDifferences.estimate95(
                    Cell.proportion(tb, 400),
                    Cell.proportion(ta, 300),
                    Cell.proportion(cb, 1000),
                    Cell.proportion(ca, 1000));
            sum += r.estimate();
            sumSq += r.estimate() * r.estimate();
            if (r.interval().contains(truth)) {
                covered++;
            }
        }
        double mean = sum / runs;
        double sd = Math.sqrt(sumSq / runs - mean * mean);
        assertThat(mean).isCloseTo(truth, within(0.002));
        assertThat(sd).isCloseTo(0.037518, within(0.0015));
        assertThat(covered / (double) runs).isBetween(0.938, 0.962);
    }

    @Test
    void worksForMeansToo() {
        // AHT: pilot 300 s → 330 s, in-house 300 s → 310 s; DiD = 20 s; each cell s = 100, n = 100 → Var = 100
        DifferenceInDifferences.Result r = DifferenceInDifferences.estimate95(
                Cell.mean(300, 100, 100), Cell.mean(330, 100, 100), Cell.mean(300, 100, 100), Cell.mean(310, 100, 100));
        assertThat(r.estimate()).isCloseTo(20, within(1e-9));
        assertThat(r.standardError()).isCloseTo(20, within(1e-9));
    }
}
