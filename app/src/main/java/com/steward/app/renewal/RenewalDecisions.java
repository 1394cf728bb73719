package com.steward.app.renewal;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.renewal.OptionKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Renewal decisions: recorded with their evidence frozen as it stood (the comparison, the standings, the remediation
 * plans), never changed; a correction supersedes a decision in force. Client staff only.
 */
@Component
class RenewalDecisions {

    private final RenewalRepository repository;
    private final Contracts contracts;
    private final UnderPerformance underPerformance;
    private final RemediationPlans remediation;
    private final RenewalComparisons comparisons;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RenewalDecisions(
            RenewalRepository repository,
            Contracts contracts,
            UnderPerformance underPerformance,
            RemediationPlans remediation,
            RenewalComparisons comparisons,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.contracts = contracts;
        this.underPerformance = underPerformance;
        this.remediation = remediation;
        this.comparisons = comparisons;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contract's decisions, newest first (client staff). */
    List<ExitDecision> decisions(long contractId) {
        comparisons.requireStaff();
        contracts.get(contractId);
        return repository.decisions(contractId);
    }

    /** The decision in force for the contract, if any (client staff). */
    Optional<ExitDecision> latestDecision(long contractId) {
        return decisions(contractId).stream().filter(ExitDecision::inForce).findFirst();
    }

    ExitDecision decision(long decisionId) {
        comparisons.requireStaff();
        return repository.decision(decisionId).orElseThrow(() -> RemediationNotFoundException.decision(decisionId));
    }

    /** Records a decision with its evidence frozen (ADMIN, MANAGER); audited. */
    ExitDecision decide(long contractId, DecisionInput input) {
        return record(contractId, input, null);
    }

    /**
     * Records a correction of a decision still in force: a new record that supersedes it (the old one is kept as it
     * was, marked superseded). A decision already superseded: 409.
     */
    ExitDecision supersede(long decisionId, DecisionInput input) {
        ExitDecision old = decision(decisionId);
        if (!old.inForce()) {
            throw new ConflictException(
                    "Decision " + decisionId + " was already superseded by decision " + old.supersededById());
        }
        ExitDecision created = record(old.contractId(), input, old.id());
        if (!repository.markSuperseded(old.id(), created.id())) {
            throw new ConflictException("Decision " + decisionId + " was superseded meanwhile");
        }
        audit.record(AuditAction.UPDATE, Renewals.AUDIT_DECISION, old.id(), old.vendorId(), old, decision(old.id()));
        return decision(created.id());
    }

    private ExitDecision record(long contractId, DecisionInput input, Long supersedes) {
        Contract contract = contracts.get(contractId);
        if (input == null || input.option() == null) {
            throw new InvalidRequestException(
                    "option", "option: choose RENEW, SWITCH, IN_HOUSE or RENEW_WITH_REMEDIATION");
        }
        String rationale = RemediationPlans.required("rationale", input.rationale(), 4000);
        String internal = RemediationPlans.required("internalMessage", input.internalMessage(), 4000);
        String toVendor = RemediationPlans.required("vendorMessage", input.vendorMessage(), 4000);
        OptionsEvaluation comparison;
        Long comparisonId = input.comparisonId();
        if (comparisonId != null) {
            long wanted = comparisonId;
            StoredComparison stored = repository
                    .comparison(wanted)
                    .filter(c -> c.contractId() == contractId)
                    .orElseThrow(() -> new InvalidRequestException(
                            "comparisonId", "comparisonId: no comparison " + wanted + " for this contract"));
            comparison = RenewalComparisons.evaluation(contractId, stored.id(), stored.inputs());
        } else {
            comparison = comparisons.latestComparison(contractId).orElse(null);
            comparisonId = comparison == null ? null : comparison.comparisonId();
        }
        if ((input.option() == DecisionOption.SWITCH || input.option() == DecisionOption.IN_HOUSE)
                && comparison == null) {
            throw new InvalidRequestException(
                    "comparisonId", "comparisonId: compare the options before deciding to " + input.option());
        }
        if (input.option() == DecisionOption.SWITCH
                && comparison.options().stream().noneMatch(o -> o.kind().equals(OptionKind.SWITCH.name()))) {
            throw new InvalidRequestException(
                    "comparisonId", "comparisonId: the comparison has no alternative vendor to switch to");
        }
        List<DecisionEvidence.PlanSummary> plans = remediation.plans(contractId).stream()
                .map(p -> new DecisionEvidence.PlanSummary(
                        p.id(),
                        p.status().name(),
                        p.openedOn().toString(),
                        p.progress().done(),
                        p.progress().missed(),
                        p.progress().open()))
                .toList();
        DecisionEvidence evidence = new DecisionEvidence(comparison, underPerformance.history(contractId), plans);
        long id = repository.insertDecision(
                contractId,
                contract.vendorId(),
                new DecisionInput(input.option(), rationale, internal, toVendor, comparisonId),
                evidence,
                supersedes,
                access.currentActor(),
                clock.instant());
        ExitDecision recorded = decision(id);
        audit.record(AuditAction.CREATE, Renewals.AUDIT_DECISION, id, contract.vendorId(), null, recorded);
        return recorded;
    }
}
