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
 * @param value the metric's value ({@link Double#NaN} when the denominator is 0)
 * @param numerator see above
 * @param denominator see above
 * @param low lower 95% bound, or {@code null} where not defined
 * @param high upper 95% bound, or {@code null}
 * @param sampleSize observations behind the value (responses for CSAT/NPS, evaluations for QA, ...)
 */
public record MetricValue(double value, long numerator, long denominator, Double low, Double high, long sampleSize) {}
