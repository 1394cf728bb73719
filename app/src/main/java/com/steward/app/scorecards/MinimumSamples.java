package com.steward.app.scorecards;

import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The least sample a scorecard metric needs before it may be scored, per metric: the defaults live here, and
 * {@code steward.scorecards.minimum-sample.<metric id>=N} overrides one (0 turns the check off for it), {@code
 * steward.scorecards.minimum-sample.default=N} every metric without an override of its own. A metric
 * below its minimum, or not reported at all, gives the month "insufficient data": no score, no standing, no credit.
 *
 * <p>Defaults: 30 of the metric's own sample (survey responses for CSAT and NPS, contacts for rates and means,
 * customers for churn and lead conversion), the usual floor for a normal approximation and, for a proportion near
 * 0.8, a 95 % Wilson interval about ±0.14 wide on each side; QA 10 evaluations, as QA programmes sample few contacts
 * and each evaluation is a full review.
 */
@Component
public class MinimumSamples {

    /** The floor for a metric without a default of its own. */
    public static final long DEFAULT = 30;

    /** Per-metric defaults where they differ from {@link #DEFAULT}. */
    public static final Map<String, Long> DEFAULTS = Map.of("qa", 10L);

    private final Environment environment;

    MinimumSamples(Environment environment) {
        this.environment = environment;
    }

    /** The least sample {@code metricId} needs to be scored. */
    public long of(String metricId) {
        Long configured = environment.getProperty("steward.scorecards.minimum-sample." + metricId, Long.class);
        if (configured != null) {
            return Math.max(0, configured);
        }
        Long fallback = environment.getProperty("steward.scorecards.minimum-sample.default", Long.class);
        return fallback != null ? Math.max(0, fallback) : DEFAULTS.getOrDefault(metricId, DEFAULT);
    }
}
