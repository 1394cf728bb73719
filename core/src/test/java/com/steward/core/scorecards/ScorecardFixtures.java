package com.steward.core.scorecards;

import java.util.List;

/** Scorecards the tests share. */
final class ScorecardFixtures {

    private ScorecardFixtures() {}

    static ScorecardMetric csat(double weight) {
        return new ScorecardMetric("csat", MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 0.85, 0.75, weight);
    }

    static ScorecardMetric qa(double weight) {
        return new ScorecardMetric("qa", MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 90, 80, weight);
    }

    static ScorecardMetric aht(double weight) {
        return new ScorecardMetric("aht", MetricKind.OPERATIONAL, Direction.LOWER_IS_BETTER, 300, 360, weight);
    }

    /** CSAT 40, QA 30, AHT 30: 70 % of the weight on quality. */
    static List<ScorecardMetric> qualityFirst() {
        return List.of(csat(40), qa(30), aht(30));
    }

    /** One metric whose attainment is 100 × measured, never breached for measured ≥ 0: score = 100 × value. */
    static List<ScorecardMetric> identity() {
        return List.of(new ScorecardMetric("csat", MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 1, 0, 100));
    }
}
