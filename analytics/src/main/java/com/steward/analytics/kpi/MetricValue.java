package com.steward.analytics.kpi;

/**
 * One metric for one group, with what it is made of.
 *
 * <ul>
 *   <li>counts ({@code offered}, {@code answered}, {@code abandoned}): value = numerator = the count;
 *       denominator = offered;
 *   <li>proportions: value = numerator / denominator, with a 95% Wilson interval;
 *   <li>means ({@code asa}, {@code aht}, {@code qa}): numerator = the sum rounded to a whole unit, denominator
 *       = number of observations, value = exact mean, with a 95% normal interval from the sample variance;
 *   <li>{@code nps}: numerator = promoters − detractors, denominator = responses, value on −100…100.
 * </ul>
 *
 * <p>Every metric is computed over the rows where its inputs are known (docs/data.md, "Not reported"): a rate
 * over the contacts whose flag is reported, a mean over the observations present. Where there are none ({@code
 * sampleSize} 0) the metric is <em>not reported</em>: {@code value}, {@code low} and {@code high} are {@code
 * null}, never 0 % or 100 %.
 *
 * @param value the metric's value, {@code null} when not reported (no observation carries its inputs); a NaN given
 *     here is stored as {@code null}
 * @param numerator see above
 * @param denominator see above
 * @param low lower 95% bound, or {@code null} where not defined (not reported, or a mean of one observation)
 * @param high upper 95% bound, or {@code null}
 * @param sampleSize n: the observations behind the value (responses for CSAT/NPS, evaluated contacts for QA,
 *     contacts with a known flag for a disposition rate, ...)
 */
public record MetricValue(Double value, long numerator, long denominator, Double low, Double high, long sampleSize) {

    public MetricValue {
        value = finiteOrNull(value);
        low = value == null ? null : finiteOrNull(low);
        high = value == null ? null : finiteOrNull(high);
    }

    /** A metric no observation carries the inputs of: no value, no interval, n = 0. */
    public static MetricValue notReported(long numerator, long denominator) {
        return new MetricValue(null, numerator, denominator, null, null, 0);
    }

    /** Whether there is a value (at least one observation carried the metric's inputs). */
    public boolean reported() {
        return value != null;
    }

    /** n, the observations behind the value (the same as {@link #sampleSize()}). */
    public long n() {
        return sampleSize;
    }

    private static Double finiteOrNull(Double d) {
        return d == null || d.isNaN() || d.isInfinite() ? null : d;
    }
}
