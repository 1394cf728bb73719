package com.steward.core.calibration;

import java.util.Arrays;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Krippendorff's alpha, the reliability of coders who may each miss some units.
 *
 * <p>K. Krippendorff, "Computing Krippendorff's Alpha-Reliability", University of Pennsylvania, 2011
 * (repository.upenn.edu/asc_papers/43). Units with at least two values are pairable; m_u values in unit u add
 * 1/(m_u − 1) to the coincidence o_ck of every ordered pair of their values; n_c = Σ_k o_ck, n = Σ_c n_c:
 *
 * <pre>
 *   α = 1 − (n − 1) Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *   nominal  δ²_ck = 0 if c = k else 1
 *   ordinal  δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²     (ranks from the values' own frequencies)
 *   interval δ²_ck = (c − k)²
 * </pre>
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {}

    /** How far apart two values are. */
    public enum Metric {
        NOMINAL,
        ORDINAL,
        INTERVAL
    }

    /**
     * Alpha and what it rests on.
     *
     * @param alpha the coefficient; 1 is perfect agreement, 0 agreement by chance
     * @param pairableValues n, the values in units with at least two of them
     * @param units units with at least two values
     */
    public record Result(double alpha, int pairableValues, int units, Metric metric) {}

    /** Alpha for ordinal scores (QA scores are ordered but their steps need not be equal). */
    public static Result ordinal(RatingTable table) {
        return of(table.scores(), Metric.ORDINAL);
    }

    /**
     * Alpha of a units × coders table, {@code NaN} where a coder did not code a unit.
     *
     * @throws IllegalArgumentException when no unit has two values, or all pairable values are equal (no variation:
     *     alpha is undefined)
     */
    public static Result of(double[][] unitsByCoders, Metric metric) {
        TreeMap<Double, Integer> index = new TreeMap<>();
        for (double[] unit : unitsByCoders) {
            if (pairable(unit) >= 2) {
                for (double x : unit) {
                    if (!Double.isNaN(x)) {
                        index.putIfAbsent(x, 0);
                    }
                }
            }
        }
        double[] values =
                index.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < values.length; i++) {
            index.put(values[i], i);
        }
        int v = values.length;
        double[][] o = new double[v][v];
        int units = 0;
        int[] counts = new int[v];
        for (double[] unit : unitsByCoders) {
            int m = pairable(unit);
            if (m < 2) {
                continue;
            }
            units++;
            Arrays.fill(counts, 0);
            for (double x : unit) {
                if (!Double.isNaN(x)) {
                    counts[Objects.requireNonNull(index.get(x))]++;
                }
            }
            // Pairs within the unit: c ≠ k gives n_c·n_k ordered pairs, c = k gives n_c(n_c − 1).
            for (int c = 0; c < v; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                for (int k = 0; k < v; k++) {
                    if (counts[k] == 0) {
                        continue;
                    }
                    double pairs = c == k ? counts[c] * (counts[c] - 1.0) : counts[c] * (double) counts[k];
                    o[c][k] += pairs / (m - 1);
                }
            }
        }
        if (units == 0) {
            throw new IllegalArgumentException("alpha needs at least one unit with values from two coders");
        }
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        if (v < 2) {
            throw new IllegalArgumentException(
                    "all pairable values are equal: alpha is undefined when the data show no variation");
        }
        double[][] delta = delta(values, nc, metric);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                observed += o[c][k] * delta[c][k];
                expected += nc[c] * nc[k] * delta[c][k];
            }
        }
        double alpha = 1 - (n - 1) * observed / expected;
        return new Result(alpha, (int) Math.round(n), units, metric);
    }

    private static int pairable(double[] unit) {
        int m = 0;
        for (double x : unit) {
            if (!Double.isNaN(x)) {
                m++;
            }
        }
        return m;
    }

    private static double[][] delta(double[] values, double[] nc, Metric metric) {
        int v = values.length;
        double[][] d = new double[v][v];
        double[] cumulative = new double[v + 1];
        for (int i = 0; i < v; i++) {
            cumulative[i + 1] = cumulative[i] + nc[i];
        }
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                d[c][k] = switch (metric) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                    case ORDINAL -> {
                        int lo = Math.min(c, k);
                        int hi = Math.max(c, k);
                        double s = cumulative[hi + 1] - cumulative[lo] - (nc[c] + nc[k]) / 2;
                        yield s * s;
                    }
                };
            }
        }
        return d;
    }
}
