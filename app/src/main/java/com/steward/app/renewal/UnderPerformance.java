package com.steward.app.renewal;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractRules;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardResults;
import com.steward.core.renewal.UnderPerformanceRuns;
import com.steward.core.scorecards.Standing;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A contract's periods against its threshold, read from the contract's one figure per month with its own rules, and
 * the runs below threshold; the reason a remediation plan is pre-filled with. Reads in the caller's vendor scope.
 */
@Component
class UnderPerformance {

    private final Contracts contracts;

    UnderPerformance(Contracts contracts) {
        this.contracts = contracts;
    }

    /** The contract's periods against the threshold, standings and runs below threshold (404 if not visible). */
    UnderPerformanceHistory history(long contractId) {
        Contract contract = contracts.get(contractId);
        ScorecardResults results = contracts.results(contractId);
        ContractRules rules = contract.rules().withDefaults();
        List<UnderPerformanceRuns.Point> points = results.periods().stream()
                .map(p -> new UnderPerformanceRuns.Point(
                        p.period(),
                        p.standing() != null,
                        p.below(),
                        p.standing() == null ? Standing.GREEN : Standing.valueOf(p.standing()),
                        p.chronic()))
                .toList();
        UnderPerformanceRuns runs = UnderPerformanceRuns.of(points);
        List<UnderPerformanceHistory.PeriodLine> lines = new ArrayList<>();
        for (int i = 0; i < results.periods().size(); i++) {
            ScorecardResults.Period p = results.periods().get(i);
            UnderPerformanceRuns.Line line = runs.lines().get(i);
            lines.add(new UnderPerformanceHistory.PeriodLine(
                    p.period(),
                    p.score(),
                    p.breaches(),
                    p.standing(),
                    line.below(),
                    line.consecutiveBelow(),
                    p.chronic(),
                    p.chronicMetrics(),
                    p.source().name(),
                    p.version(),
                    p.insufficientData()));
        }
        return new UnderPerformanceHistory(
                contract.id(),
                contract.name(),
                contract.vendorId(),
                contract.vendorName(),
                rules.thresholdScore(),
                rules.remediationAfter(),
                rules.chronicAfter(),
                results.standing(),
                results.chronic(),
                lines,
                runs.runs(),
                (int) lines.stream()
                        .filter(UnderPerformanceHistory.PeriodLine::below)
                        .count());
    }

    /** The reason a new remediation plan is pre-filled with, drawn from the standings. */
    String suggestedReason(long contractId) {
        UnderPerformanceHistory h = history(contractId);
        UnderPerformanceRuns.Run run = h.ongoingRun();
        if (run == null) {
            return h.runs().isEmpty()
                    ? "No period below threshold so far."
                    : "Latest run below threshold: " + h.runs().getLast().firstPeriod() + " – "
                            + h.runs().getLast().lastPeriod() + " ("
                            + h.runs().getLast().length() + " periods).";
        }
        StringBuilder s = new StringBuilder();
        s.append("Below threshold (score ")
                .append(fmt(h.thresholdScore()))
                .append(" or a metric breached) for ")
                .append(run.length())
                .append(" consecutive period(s) since ")
                .append(run.firstPeriod())
                .append('.');
        if (run.remediationFrom() != null) {
            s.append(" Remediation due since ").append(run.remediationFrom()).append('.');
        }
        if (run.chronicFrom() != null) {
            s.append(" Chronic under-performance since ")
                    .append(run.chronicFrom())
                    .append('.');
        }
        List<String> chronicMetrics = h.periods().getLast().chronicMetrics();
        if (!chronicMetrics.isEmpty()) {
            s.append(" Metrics breached every period: ")
                    .append(String.join(", ", chronicMetrics))
                    .append('.');
        }
        s.append(" Standing: ").append(h.standing()).append('.');
        return s.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
