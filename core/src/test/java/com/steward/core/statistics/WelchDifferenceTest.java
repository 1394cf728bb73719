package com.steward.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WelchDifferenceTest {

    @Test
    void matchesAHandWorkedExample() {
        // x̄₁ = 10, s₁ = 2, n₁ = 10; x̄₂ = 12, s₂ = 3, n₂ = 15: s₁²/n₁ = 0.4, s₂²/n₂ = 0.6, se = 1;
        // ν = 1 / (0.16/9 + 0.36/14) = 1 / 0.0434921 = 22.9927; t(0.975, 22.99) = 2.0687 (t-table: 2.0687 at 23)
        WelchDifference.Result r = WelchDifference.interval95(10, 2, 10, 12, 3, 15);
        assertThat(r.standardError()).isCloseTo(1.0, within(1e-12));
        assertThat(r.degreesOfFreedom()).isCloseTo(22.9927, within(1e-3));
        assertThat(r.interval().estimate()).isEqualTo(-2.0);
        assertThat(r.interval().low()).isCloseTo(-4.0687, within(1e-3));
        assertThat(r.interval().high()).isCloseTo(0.0687, within(1e-3));
    }

    @Test
    void matchesRsWelchTestOnTheSleepData() {
        // Published reference: R's t.test(extra ~ group, data = sleep) (Welch, the default) prints
        // t = -1.8608, df = 17.776, 95% CI -3.3654832 0.2054832. Group means 0.75 and 2.33, sds 1.789010 and 2.002249.
        WelchDifference.Result r = WelchDifference.interval95(0.75, 1.789010, 10, 2.33, 2.002249, 10);
        assertThat(r.degreesOfFreedom()).isCloseTo(17.776, within(1e-3));
        assertThat(r.interval().low()).isCloseTo(-3.3654832, within(1e-4));
        assertThat(r.interval().high()).isCloseTo(0.2054832, within(1e-4));
    }

    @Test
    void coversTheTrueDifferenceAboutNinetyFivePercentOfTheTimeWithUnequalVariances() {
        // Second computation by simulation: normal samples n = 8 (σ = 1) and n = 20 (σ = 4), true difference 1.
        SplittableRandom random = new SplittableRandom(11);
        int covered = 0;
        int runs = 4_000;
        for (int r = 0; r < runs; r++) {
            double[] a = sample(random, 8, 1.0, 1.0);
            double[] b = sample(random, 20, 0.0, 4.0);
            if (WelchDifference.interval95(a[0], a[1], 8, b[0], b[1], 20)
                    .interval()
                    .contains(1.0)) {
                covered++;
            }
        }
        assertThat(covered / (double) runs).isBetween(0.935, 0.965);
    }

    @Test
    void rejectsTooSmallGroups() {
        assertThatThrownBy(() -> WelchDifference.interval95(1, 1, 1, 1, 1, 5)).hasMessageContaining("2 observations");
    }

    /** {mean, sd} of n normal draws. */
    static double[] sample(SplittableRandom random, int n, double mu, double sigma) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = mu + sigma * gaussian(random);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt((sumSq - n * mean * mean) / (n - 1))};
    }

    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
