package com.steward.app.scorecards;

import com.steward.app.contracts.PublishedScorecards;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The contracts module's view of published monthly runs: the current version of each month, with the lines as the
 * run stored them. Snapshots stored before the minimum-sample rule existed are checked against it here, so a month
 * published on one contact reads as insufficient data too.
 */
@Component
class PublishedRunMonths implements PublishedScorecards {

    private final ScorecardRunRepository repository;
    private final MinimumSamples minimums;

    PublishedRunMonths(ScorecardRunRepository repository, MinimumSamples minimums) {
        this.repository = repository;
        this.minimums = minimums;
    }

    @Override
    public List<PublishedMonth> publishedMonths(long contractId) {
        return repository.forContract(contractId).stream()
                .filter(r -> r.status() == RunStatus.PUBLISHED && !r.isWeekly())
                .sorted(Comparator.comparing(ScorecardRun::period))
                .map(this::month)
                .toList();
    }

    private PublishedMonth month(ScorecardRun run) {
        List<Line> lines = new ArrayList<>();
        List<String> reasons = new ArrayList<>(run.numbers().insufficientData());
        for (ScorecardNumbers.Line l : run.numbers().metrics()) {
            boolean insufficient = l.insufficient();
            if (l.minimumSample() == null) {
                // a snapshot from before the rule: check it now, as a new run would be
                long min = minimums.of(l.metricId());
                if (l.vendor() == null) {
                    insufficient = true;
                    reasons.add(l.displayName() + " not reported");
                } else if (l.vendor().sampleSize() < min) {
                    insufficient = true;
                    reasons.add(l.displayName() + ": n = " + l.vendor().sampleSize() + ", below the minimum " + min);
                }
            }
            lines.add(new Line(
                    l.metricId(),
                    l.target(),
                    l.threshold(),
                    l.weight(),
                    l.vendor() == null ? null : l.vendor().value(),
                    insufficient));
        }
        return new PublishedMonth(
                run.period(),
                run.id(),
                run.version() == null ? 1 : run.version(),
                lines,
                reasons,
                run.overrideReason());
    }
}
