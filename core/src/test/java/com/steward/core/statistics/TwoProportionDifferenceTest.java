package com.steward.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwoProportionDifferenceTest {

    @Test
    void matchesAHandWorkedExample() {
        // 56/70 − 48/80, z = 1.96: Wilson(56/70) = (0.6904, 0.8757), Wilson(48/80) = (0.4904, 0.7003);
        // L = 0.2 − √((0.8 − 0.6904)² + (0.7003 − 0.6)²) = 0.2 − √(0.01201 + 0.01006) = 0.2 − 0.14856 = 0.0514…
        // (rounded Wilson bounds; the exact figure is 0.0524)
        Interval i = TwoProportionDifference.newcombe(56, 70, 48, 80, 1.96);
        assertThat(i.estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(i.low()).isCloseTo(0.0524, within(5e-4));
        assertThat(i.high()).isCloseTo(0.3339, within(5e-4));
    }

    /** Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 — the published reference values. */
    @ParameterizedTest
    @CsvSource({
        "56, 70, 48, 80, 0.0524, 0.3339",
        "9, 10, 3, 10, 0.1705, 0.8090",
        "6, 7, 2, 7, 0.0582, 0.8062",
        "5, 56, 0, 29, -0.0381, 0.1926",
        "0, 10, 0, 20, -0.1611, 0.2775",
        "10, 10, 0, 20, 0.6791, 1.0000"
    })
    void matchesNewcombesPublishedTable(long a, long m, long b, long n, double low, double high) {
        Interval i = TwoProportionDifference.newcombe95(a, m, b, n);
        assertThat(i.low()).isCloseTo(low, within(1e-4));
        assertThat(i.high()).isCloseTo(high, within(1e-4));
    }

    @Test
    void coversTheTrueDifferenceAboutNinetyFivePercentOfTheTimeInSimulation() {
        // Second, independent check: 4,000 simulated pilots of n = 200 vs 300 with p = 0.80 vs 0.75.
        SplittableRandom random = new SplittableRandom(7);
        int covered = 0;
        int runs = 4_000;
        for (int r = 0; r < runs; r++) {
            long a = binomial(random, 200, 0.80);
            long b = binomial(random, 300, 0.75);
            if (TwoProportionDifference.newcombe95(a, 200, b, 300).contains(0.05)) {
                covered++;
            }
        }
        assertThat(covered / (double) runs).isBetween(0.935, 0.965);
    }

    @Property
    void intervalContainsTheEstimateAndStaysWithinMinusOneAndOne(
            @ForAll @IntRange(min = 1, max = 400) int n1,
            @ForAll @IntRange(min = 0, max = 400) int x1,
            @ForAll @IntRange(min = 1, max = 400) int n2,
            @ForAll @IntRange(min = 0, max = 400) int x2) {
        Interval i = TwoProportionDifference.newcombe95(Math.min(x1, n1), n1, Math.min(x2, n2), n2);
        assertThat(i.contains(i.estimate())).isTrue();
        assertThat(i.low()).isGreaterThanOrEqualTo(-1);
        assertThat(i.high()).isLessThanOrEqualTo(1);
    }

    static long binomial(SplittableRandom random, int n, double p) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }
}
