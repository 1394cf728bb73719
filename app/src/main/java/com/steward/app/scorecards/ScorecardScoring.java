package com.steward.app.scorecards;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ScorecardDefinition;
import com.steward.core.scorecards.Direction;
import com.steward.core.scorecards.MetricAttainment;
import com.steward.core.scorecards.MetricKind;
import com.steward.core.scorecards.PeriodScore;
import com.steward.core.scorecards.ScorecardMetric;
import com.steward.core.scorecards.Scorecards;
import com.steward.core.scorecards.ServiceCredits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A run's numbers from its measured figures: attainment and overall score via core {@link Scorecards}, credit via
 * {@link ServiceCredits}, and the reasons a run has insufficient data.
 */
final class ScorecardScoring {

    private ScorecardScoring() {}

    static String scorecardText(ScorecardDefinition definition) {
        StringBuilder s = new StringBuilder();
        definition
                .metrics()
                .forEach(l -> s.append(l.metricId())
                        .append(';')
                        .append(l.target())
                        .append(';')
                        .append(l.threshold())
                        .append(';')
                        .append(l.weight())
                        .append('\n'));
        return s.toString();
    }

    private static List<ScorecardMetric> coreMetrics(ScorecardDefinition definition) {
        return definition.metrics().stream()
                .map(l -> new ScorecardMetric(
                        l.metricId(),
                        MetricKind.valueOf(l.kind()),
                        Direction.valueOf(l.direction()),
                        l.target(),
                        l.threshold(),
                        l.weight()))
                .toList();
    }

    /**
     * Attainment and overall via core {@link Scorecards}, credit via {@link ServiceCredits}. Honest runs: a period
     * outside the contract's term, or a scorecard metric whose vendor sample is below its minimum ({@link
     * MinimumSamples}) or not reported, gives insufficient data — no score, no credit — and the reasons are stored with
     * the run. A week's numbers carry credit 0 (credits are monthly). The standing is not stored with a draft: a
     * published month's standing is read from {@code ContractMonths}, the one rule over all months.
     */
    static ScorecardNumbers numbers(
            Contract contract,
            ScorecardDefinition definition,
            Map<String, MetricFigure> vendor,
            Map<String, MetricFigure> inHouse,
            ScorecardPeriod period,
            ToLongFunction<String> minimumSample) {
        List<String> insufficient = new ArrayList<>();
        if (period.end().isBefore(contract.termStart()) || period.start().isAfter(contract.termEnd())) {
            insufficient.add("outside the contract term (" + contract.termStart() + " to " + contract.termEnd() + ")");
        }
        List<ScorecardMetric> metrics = coreMetrics(definition);
        Map<String, Double> measured = new HashMap<>();
        Map<String, Long> minimums = new HashMap<>();
        for (ScorecardDefinition.Line l : definition.metrics()) {
            long min = minimumSample.applyAsLong(l.metricId());
            minimums.put(l.metricId(), min);
            MetricFigure f = vendor.get(l.metricId());
            if (f == null) {
                insufficient.add(l.displayName() + " not reported");
            } else if (f.sampleSize() < min) {
                insufficient.add(l.displayName() + ": n = " + f.sampleSize() + ", below the minimum " + min);
            } else {
                measured.put(l.metricId(), f.value());
            }
        }
        PeriodScore score = Scorecards.score(metrics, measured);
        Map<String, MetricAttainment> byId = new HashMap<>();
        score.metrics().forEach(a -> byId.put(a.metric().metricId(), a));
        boolean scored = insufficient.isEmpty() && score.measured();
        List<ScorecardNumbers.Line> lines = lines(definition, vendor, inHouse, byId, minimums, scored);
        List<ScorecardNumbers.Comparison> customer = LakeScorecards.CUSTOMER_METRICS.stream()
                .map(id -> new ScorecardNumbers.Comparison(
                        id, KpiCatalogue.byId(id).displayName(), vendor.get(id), inHouse.get(id)))
                .toList();
        double credit = scored && !period.isWeekly()
                ? ServiceCredits.creditPercent(score.score(), contract.rules().creditPolicy())
                : 0.0;
        return new ScorecardNumbers(
                lines,
                customer,
                scored ? score.score() : null,
                score.coverage(),
                scored ? score.breaches() : 0,
                credit,
                null,
                LakeScorecards.scope(contract),
                insufficient);
    }

    private static List<ScorecardNumbers.Line> lines(
            ScorecardDefinition definition,
            Map<String, MetricFigure> vendor,
            Map<String, MetricFigure> inHouse,
            Map<String, MetricAttainment> byId,
            Map<String, Long> minimums,
            boolean scored) {
        List<ScorecardNumbers.Line> lines = new ArrayList<>();
        for (ScorecardDefinition.Line l : definition.metrics()) {
            MetricAttainment a = byId.get(l.metricId());
            MetricFigure f = vendor.get(l.metricId());
            long min = minimums.get(l.metricId());
            lines.add(new ScorecardNumbers.Line(
                    l.metricId(),
                    l.displayName(),
                    l.unit(),
                    l.target(),
                    l.threshold(),
                    l.weight(),
                    f,
                    inHouse.get(l.metricId()),
                    scored && a != null ? a.attainment() : null,
                    scored && a != null && a.breached(),
                    min,
                    f == null || f.sampleSize() < min));
        }
        return lines;
    }

    /** What the audit log records of a run. */
    static Map<String, Object> summary(ScorecardRun run) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("contractId", run.contractId());
        s.put("period", run.period());
        s.put("status", run.status().name());
        s.put("version", run.version());
        s.put("reason", run.restatementReason());
        s.put("score", run.numbers().score());
        s.put("insufficientData", run.numbers().insufficientData());
        s.put("overrideReason", run.overrideReason());
        s.put("lakeGeneration", run.lakeGeneration());
        s.put("definitionsHash", run.definitionsHash());
        return Collections.unmodifiableMap(s);
    }
}
