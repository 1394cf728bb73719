package com.steward.core.relationship;

import com.steward.core.statistics.Interval;
import java.util.Collection;
import org.apache.commons.statistics.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Summary of answers on a 1–5 scale: count, mean, the distribution and a Student-t interval for the mean.
 *
 * @param count answers
 * @param mean the arithmetic mean, NaN without answers
 * @param distribution counts of 1, 2, 3, 4 and 5 (index 0 = score 1)
 */
public record LikertSummary(int count, double mean, int[] distribution) {

    public LikertSummary {
        distribution = distribution.clone();
        if (distribution.length != 5) {
            throw new IllegalArgumentException("a 1–5 distribution has five counts");
        }
    }

    @Override
    public int[] distribution() {
        return distribution.clone();
    }

    /** Summarises the answers; throws on a value outside 1–5. */
    public static LikertSummary of(Collection<Integer> answers) {
        int[] counts = new int[5];
        long sum = 0;
        for (int a : answers) {
            if (a < 1 || a > 5) {
                throw new IllegalArgumentException("a 1–5 answer was " + a);
            }
            counts[a - 1]++;
            sum += a;
        }
        return new LikertSummary(
                answers.size(), answers.isEmpty() ? Double.NaN : (double) sum / answers.size(), counts);
    }

    /**
     * The 95% interval of the mean {@code x̄ ± t(0.975, n−1) · s / √n} (Student's t; e.g. NIST/SEMATECH e-Handbook
     * of Statistical Methods, §7.2.2.1), clipped to [1, 5]; null with fewer than two answers.
     */
    public @Nullable Interval meanInterval95() {
        if (count < 2) {
            return null;
        }
        double squares = 0;
        for (int v = 1; v <= 5; v++) {
            squares += distribution[v - 1] * (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (count - 1));
        double t = TDistribution.of(count - 1).inverseCumulativeProbability(0.975);
        double half = t * sd / Math.sqrt(count);
        return new Interval(mean, Math.max(1, mean - half), Math.min(5, mean + half));
    }
}
