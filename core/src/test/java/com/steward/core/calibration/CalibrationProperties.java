package com.steward.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CalibrationProperties {

    /** A random n × k table of 0–100 scores: a target effect, a rater leniency and noise, rounded to whole points. */
    private static double[][] table(long seed, int n, int k) {
        Random random = new Random(seed);
        double[] lenient = new double[k];
        for (int j = 0; j < k; j++) {
            lenient[j] = random.nextGaussian() * 4;
        }
        double[][] s = new double[n][k];
        for (int i = 0; i < n; i++) {
            double quality = 70 + random.nextGaussian() * 10;
            for (int j = 0; j < k; j++) {
                s[i][j] = Math.max(0, Math.min(100, Math.round(quality + lenient[j] + random.nextGaussian() * 5)));
            }
        }
        return s;
    }

    private static int[] shuffled(int size, Random random) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            idx.add(i);
        }
        Collections.shuffle(idx, random);
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    @Property(tries = 200)
    void permutingRatersOrTargetsChangesNothing(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 3, max = 25) int n,
            @ForAll @IntRange(min = 2, max = 8) int k) {
        double[][] s = table(seed, n, k);
        Random random = new Random(seed + 1);
        double[][] p = CalibrationFixtures.permute(s, shuffled(n, random), shuffled(k, random));
        IccReport a = IntraclassCorrelation.ofComplete(s, 0.95, 0);
        IccReport b = IntraclassCorrelation.ofComplete(p, 0.95, 0);
        for (IccForm form : IccForm.values()) {
            assertThat(b.get(form).value()).isCloseTo(a.get(form).value(), within(1e-9));
            assertThat(b.get(form).low()).isCloseTo(a.get(form).low(), within(1e-9));
            assertThat(b.get(form).high()).isCloseTo(a.get(form).high(), within(1e-9));
        }
        assertThat(KrippendorffAlpha.of(p, KrippendorffAlpha.Metric.ORDINAL).alpha())
                .isCloseTo(
                        KrippendorffAlpha.of(s, KrippendorffAlpha.Metric.ORDINAL)
                                .alpha(),
                        within(1e-9));
    }

    @Property(tries = 100)
    void identicalRatersGiveOne(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @IntRange(min = 2, max = 8) int k) {
        double[][] one = table(seed, n, 1);
        double[][] s = new double[n][k];
        boolean differ = false;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(s[i], one[i][0]);
            differ |= one[i][0] != one[0][0];
        }
        if (!differ) {
            return;
        }
        IccReport r = IntraclassCorrelation.ofComplete(s, 0.95, 0);
        for (IccForm form : IccForm.values()) {
            assertThat(r.get(form).value()).as(form.label()).isCloseTo(1, within(1e-12));
            assertThat(r.get(form).low()).as(form.label()).isCloseTo(1, within(1e-12));
        }
        assertThat(KrippendorffAlpha.of(s, KrippendorffAlpha.Metric.ORDINAL).alpha())
                .isCloseTo(1, within(1e-12));
    }

    @Property(tries = 200)
    void coefficientsStayWithinTheirBoundsAndInsideTheirIntervals(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 3, max = 30) int n,
            @ForAll @IntRange(min = 2, max = 10) int k) {
        double[][] s = table(seed, n, k);
        IccReport r = IntraclassCorrelation.ofComplete(s, 0.95, 0);
        for (IccForm form : IccForm.values()) {
            IccEstimate e = r.get(form);
            assertThat(e.low()).as(form.label()).isLessThanOrEqualTo(e.value());
            assertThat(e.value()).as(form.label()).isLessThanOrEqualTo(e.high());
            assertThat(e.high()).as(form.label()).isLessThanOrEqualTo(1);
        }
        // The single-rater one-way ICC cannot fall below −1/(k − 1) (Shrout & Fleiss).
        assertThat(r.get(IccForm.ICC1_1).value()).isGreaterThanOrEqualTo(-1.0 / (k - 1) - 1e-12);
        // Averaging k raters is at least as reliable as one, when reliability is positive (Spearman–Brown).
        if (r.get(IccForm.ICC3_1).value() > 0) {
            assertThat(r.get(IccForm.ICC3_K).value())
                    .isGreaterThanOrEqualTo(r.get(IccForm.ICC3_1).value());
        }
        assertThat(KrippendorffAlpha.of(s, KrippendorffAlpha.Metric.ORDINAL).alpha())
                .isLessThanOrEqualTo(1 + 1e-12);
    }

    @Property(tries = 100)
    void shiftingOneRaterByAConstantLeavesConsistencyButNotAgreement(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 3, max = 20) int n) {
        double[][] s = table(seed, n, 3);
        double[][] shifted = new double[n][];
        for (int i = 0; i < n; i++) {
            shifted[i] = s[i].clone();
            shifted[i][0] += 15;
        }
        IccReport a = IntraclassCorrelation.ofComplete(s, 0.95, 0);
        IccReport b = IntraclassCorrelation.ofComplete(shifted, 0.95, 0);
        assertThat(b.get(IccForm.ICC3_1).value())
                .isCloseTo(a.get(IccForm.ICC3_1).value(), within(1e-9));
        // JMS = n · Σ_j (mean_j − grand mean)² / (k − 1) (Shrout & Fleiss 1979, Table 1), recomputed here from the
        // shifted table: the shift moves rater 0's mean and so the between-raters term (checking "differs from the
        // unshifted value" instead fails whenever the shift happens to mirror rater 0's mean about the others').
        assertThat(b.anova().betweenRaters()).isCloseTo(betweenRatersMeanSquare(shifted), within(1e-6));
    }

    private static double betweenRatersMeanSquare(double[][] scores) {
        int n = scores.length;
        int k = scores[0].length;
        double[] raterMeans = new double[k];
        double grand = 0;
        for (double[] row : scores) {
            for (int j = 0; j < k; j++) {
                raterMeans[j] += row[j] / n;
                grand += row[j] / (n * (double) k);
            }
        }
        double squares = 0;
        for (double mean : raterMeans) {
            squares += (mean - grand) * (mean - grand);
        }
        return n * squares / (k - 1);
    }
}
