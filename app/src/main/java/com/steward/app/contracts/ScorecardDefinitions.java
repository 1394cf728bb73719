package com.steward.app.contracts;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorScope;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.scorecards.QualityShare;
import com.steward.core.scorecards.ScorecardMetric;
import com.steward.core.scorecards.Scorecards;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A contract's scorecard: its metrics with target, threshold and weight, checked against the KPI catalogue and the
 * core's rules, and the share quality and customer metrics carry. Behind {@link Contracts}, which checks the caller
 * sees the contract.
 */
@Component
class ScorecardDefinitions {

    private final ContractRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    ScorecardDefinitions(ContractRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    ScorecardDefinition scorecard(Contract contract) {
        return definition(contract, repository.scorecard(contract.id()));
    }

    /**
     * Replaces the scorecard. Rejects unknown metric ids, targets on the wrong side of the
     * threshold, weights not summing to 100, and — unless acknowledged — quality and customer
     * metrics carrying less than the contract's required share.
     */
    ScorecardDefinition define(Contract contract, ScorecardInput input) {
        long contractId = contract.id();
        ScorecardDefinition before = definition(contract, repository.scorecard(contractId));
        if (input == null || input.metrics() == null || input.metrics().isEmpty()) {
            throw new InvalidRequestException(
                    "metrics", "metrics must not be empty: a scorecard needs at least one metric");
        }
        List<ContractRepository.StoredLine> lines = new ArrayList<>();
        List<ScorecardMetric> core = new ArrayList<>();
        for (int i = 0; i < input.metrics().size(); i++) {
            ScorecardMetric m = metric("metrics[" + i + "]", input.metrics().get(i));
            core.add(m);
            lines.add(new ContractRepository.StoredLine(m.metricId(), m.target(), m.threshold(), m.weight()));
        }
        try {
            Scorecards.validate(core);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("weights") ? "metrics.weight" : "metrics";
            throw new InvalidRequestException(field, e.getMessage());
        }
        double required = contract.rules().withDefaults().requiredQualityShare();
        QualityShare share = Scorecards.qualityShare(core, required);
        boolean acknowledged = Boolean.TRUE.equals(input.acknowledgeQualityShare());
        if (!share.met() && !acknowledged) {
            throw new InvalidRequestException(
                    "acknowledgeQualityShare",
                    qualityWarning(share) + "; acknowledge (acknowledgeQualityShare) to save anyway");
        }
        repository.replaceScorecard(contractId, lines);
        repository.setAcknowledged(contractId, !share.met() && acknowledged, clock.instant());
        ScorecardDefinition after = definition(Contracts.found(repository, contractId, VendorScope.all()), lines);
        audit.record(AuditAction.UPDATE, Contracts.AUDIT_SCORECARD, contractId, contract.vendorId(), before, after);
        return after;
    }

    /** One line of the card checked against the catalogue and the core's rules; errors name the line's field. */
    private static ScorecardMetric metric(String path, ScorecardInput.Line line) {
        if (line == null || line.metricId() == null || line.metricId().isBlank()) {
            throw new InvalidRequestException(path + ".metricId", path + ".metricId is required");
        }
        String metricId = line.metricId().strip();
        KpiCatalogue.Metric metric = ScorecardCatalogue.find(metricId)
                .orElseThrow(() -> new InvalidRequestException(
                        path + ".metricId",
                        path + ".metricId: unknown or unscorable metric '" + metricId + "'; choose one of "
                                + ScorecardCatalogue.scorable().stream()
                                        .map(KpiCatalogue.Metric::id)
                                        .toList()));
        require(path + ".target", line.target());
        require(path + ".threshold", line.threshold());
        require(path + ".weight", line.weight());
        ScorecardMetric m = checked(
                path,
                () -> new ScorecardMetric(
                        metricId,
                        ScorecardCatalogue.kind(metric),
                        ScorecardCatalogue.direction(metric),
                        line.target(),
                        line.threshold(),
                        line.weight()));
        return m;
    }

    private static ScorecardDefinition definition(Contract contract, List<ContractRepository.StoredLine> stored) {
        List<ScorecardDefinition.Line> lines = new ArrayList<>();
        List<ScorecardMetric> core = coreMetrics(stored);
        for (ContractRepository.StoredLine l : stored) {
            Optional<KpiCatalogue.Metric> metric = ScorecardCatalogue.find(l.metricId());
            lines.add(new ScorecardDefinition.Line(
                    l.metricId(),
                    metric.map(KpiCatalogue.Metric::displayName).orElse(l.metricId()),
                    metric.map(m -> m.kind().name()).orElse("?"),
                    metric.map(m -> m.unit().name()).orElse("?"),
                    metric.map(m -> m.direction().name()).orElse("?"),
                    l.target(),
                    l.threshold(),
                    l.weight()));
        }
        double required = contract.rules().withDefaults().requiredQualityShare();
        QualityShare share = Scorecards.qualityShare(core, required);
        boolean met = core.isEmpty() || share.met();
        return new ScorecardDefinition(
                contract.id(),
                lines,
                share.share(),
                required,
                met,
                contract.qualityShareAcknowledged(),
                met ? null : qualityWarning(share));
    }

    static String qualityWarning(QualityShare share) {
        return String.format(
                Locale.ROOT,
                "Operational metrics dominate: quality and customer metrics carry %.0f%% of the weight, less than the required %.0f%%",
                share.share() * 100,
                share.required() * 100);
    }

    static List<ScorecardMetric> coreMetrics(List<ContractRepository.StoredLine> stored) {
        List<ScorecardMetric> core = new ArrayList<>();
        for (ContractRepository.StoredLine l : stored) {
            ScorecardCatalogue.find(l.metricId())
                    .ifPresent(m -> core.add(new ScorecardMetric(
                            l.metricId(),
                            ScorecardCatalogue.kind(m),
                            ScorecardCatalogue.direction(m),
                            l.target(),
                            l.threshold(),
                            l.weight())));
        }
        return core;
    }

    private static void require(String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidRequestException(field, field + " is required and must be a finite number");
        }
    }

    /** Runs a core constructor, turning its IllegalArgumentException into an error naming the field. */
    static <T> T checked(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            String field = prefix + "." + e.getMessage().split(" ", 2)[0];
            throw new InvalidRequestException(field, field + ": " + e.getMessage());
        }
    }
}
