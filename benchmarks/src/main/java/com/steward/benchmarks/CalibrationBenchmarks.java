package com.steward.benchmarks;

import com.steward.core.calibration.IccReport;
import com.steward.core.calibration.IntraclassCorrelation;
import com.steward.core.calibration.KrippendorffAlpha;
import com.steward.core.calibration.RatingTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Performance target of issue 19 (QA calibration): the six ICCs with their 95 % intervals for 1,000 targets × 20
 * raters ≤ 50 ms. Scores are whole QA points 0–100 from a target effect, a rater leniency and noise;
 * 0.1 % are missing, so the complete-target filter runs too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalibrationBenchmarks {

    private static final int TARGETS = 1_000;
    private static final int RATERS = 20;

    private RatingTable table;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(19);
        double[] lenient = new double[RATERS];
        for (int j = 0; j < RATERS; j++) {
            lenient[j] = (random.nextDouble() - 0.5) * 12;
        }
        double[][] scores = new double[TARGETS][RATERS];
        List<String> targets = new ArrayList<>();
        List<String> raters = new ArrayList<>();
        for (int j = 0; j < RATERS; j++) {
            raters.add("grader-" + j);
        }
        for (int i = 0; i < TARGETS; i++) {
            targets.add("call-" + i);
            double quality = 55 + random.nextDouble() * 40;
            for (int j = 0; j < RATERS; j++) {
                double s = Math.round(quality + lenient[j] + (random.nextDouble() - 0.5) * 10);
                scores[i][j] = random.nextDouble() < 0.001 ? Double.NaN : Math.max(0, Math.min(100, s));
            }
        }
        table = new RatingTable(targets, raters, scores);
    }

    /** All six ICCs with 95 % F intervals, 1,000 targets × 20 raters; target ≤ 50 ms. */
    @Benchmark
    public IccReport iccWithIntervals1000x20() {
        return IntraclassCorrelation.of(table);
    }

    /** Krippendorff's ordinal alpha on the same table (up to 101 distinct values). */
    @Benchmark
    public KrippendorffAlpha.Result ordinalAlpha1000x20() {
        return KrippendorffAlpha.ordinal(table);
    }
}
