package com.steward.app.renewal;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.Roles;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switch or renew, the facade. Under-performance history and remediation plans are read in the caller's vendor scope
 * (a VENDOR user sees its own contracts' plans; another vendor's answers 404) and a VENDOR user may mark its own
 * side's milestones done (anything else: 403). Option comparisons and decisions are the client's internal cost model:
 * client staff only (VENDOR: 403); ADMIN and MANAGER change anything. Every change is audited; a decision stores its
 * evidence as it stood and is never changed (a correction supersedes it).
 */
@Service
public class Renewals {

    static final String AUDIT_PLAN = "remediation_plan";
    static final String AUDIT_MILESTONE = "remediation_milestone";
    static final String AUDIT_COMPARISON = "renewal_comparison";
    static final String AUDIT_DECISION = "renewal_decision";

    /** Most milestones a plan may hold. */
    public static final int MAX_MILESTONES = 30;

    /** A contract whose term ends within this many days has a live renewal. */
    public static final int ENDING_WITHIN_DAYS = 90;

    private final RenewalRepository repository;
    private final Contracts contracts;
    private final VendorAccess access;
    private final UnderPerformance underPerformance;
    private final RemediationPlans remediation;
    private final RenewalComparisons comparisons;
    private final RenewalDecisions decisions;

    Renewals(
            RenewalRepository repository,
            Contracts contracts,
            VendorAccess access,
            UnderPerformance underPerformance,
            RemediationPlans remediation,
            RenewalComparisons comparisons,
            RenewalDecisions decisions) {
        this.repository = repository;
        this.contracts = contracts;
        this.access = access;
        this.underPerformance = underPerformance;
        this.remediation = remediation;
        this.comparisons = comparisons;
        this.decisions = decisions;
    }

    // --- under-performance (read in {@link UnderPerformance})

    /** The contract's periods against the threshold, standings and runs below threshold (404 if not visible). */
    public UnderPerformanceHistory history(long contractId) {
        return underPerformance.history(contractId);
    }

    /** The reason a new remediation plan is pre-filled with, drawn from the standings. */
    public String suggestedReason(long contractId) {
        return underPerformance.suggestedReason(contractId);
    }

    /** Every contract visible to the caller with its standing and open remediation, for the overview page. */
    public List<ContractLine> overview() {
        VendorScope scope = access.currentScope();
        List<ExitDecision> inForce = scope.unrestricted() ? repository.decisionsInForce() : List.of();
        List<ContractLine> lines = new ArrayList<>();
        for (Contract c : contracts.visibleContracts()) {
            UnderPerformanceHistory h = underPerformance.history(c.id());
            List<RemediationPlan> plans = repository.plansOfContract(c.id(), scope);
            RemediationPlan open = plans.stream()
                    .filter(p -> p.status() == PlanStatus.OPEN)
                    .findFirst()
                    .orElse(null);
            ExitDecision decision = inForce.stream()
                    .filter(d -> d.contractId() == c.id())
                    .findFirst()
                    .orElse(null);
            lines.add(new ContractLine(
                    c.id(),
                    c.name(),
                    c.vendorId(),
                    c.vendorName(),
                    c.termEnd(),
                    h.standing(),
                    h.chronic(),
                    h.periodsBelow(),
                    h.periods().size(),
                    open,
                    plans.size(),
                    decision == null ? null : decision.option().name()));
        }
        return lines;
    }

    /**
     * One contract on the overview.
     *
     * @param contractId the contract
     * @param contractName its name
     * @param vendorId its vendor
     * @param vendorName the vendor's name
     * @param termEnd end of the term (renewal date)
     * @param standing standing after the latest period
     * @param chronic chronic under-performance now
     * @param periodsBelow periods below threshold
     * @param periods periods measured or recorded
     * @param openPlan the open remediation plan, or null
     * @param plans remediation plans in all
     * @param decision the decision in force (client staff only), or null
     */
    public record ContractLine(
            long contractId,
            String contractName,
            long vendorId,
            String vendorName,
            LocalDate termEnd,
            String standing,
            boolean chronic,
            int periodsBelow,
            int periods,
            RemediationPlan openPlan,
            int plans,
            String decision) {}

    /**
     * The caller's active contracts whose term ends within {@value #ENDING_WITHIN_DAYS} days of {@code today}, soonest
     * first, each saying whether a renewal decision is in force. The one computation the home page's attention list
     * and the renewal page read. Client staff only (decisions are the client's): a VENDOR user gets none.
     */
    public List<EndingContract> endingSoon(LocalDate today) {
        if (!access.currentScope().unrestricted()) {
            return List.of();
        }
        List<EndingContract> out = new ArrayList<>();
        for (Contract c : contracts.visibleContracts()) {
            long days = ChronoUnit.DAYS.between(today, c.termEnd());
            if (c.status() != ContractStatus.ACTIVE || days < 0 || days > ENDING_WITHIN_DAYS) {
                continue;
            }
            out.add(new EndingContract(c, days, decisions.latestDecision(c.id()).isPresent()));
        }
        out.sort(Comparator.comparingLong(EndingContract::daysLeft));
        return List.copyOf(out);
    }

    // --- remediation plans (kept in {@link RemediationPlans})

    /** The contract's remediation plans, newest first (404 if the contract is not visible). */
    public List<RemediationPlan> plans(long contractId) {
        return remediation.plans(contractId);
    }

    /** A vendor's remediation plans with their milestones and progress, newest first (404 if not visible). */
    public List<RemediationPlan> remediationPlans(long vendorId) {
        return remediation.remediationPlans(vendorId);
    }

    public RemediationPlan plan(long planId) {
        return remediation.plan(planId);
    }

    /** Opens a remediation plan for a contract (ADMIN, MANAGER). */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public RemediationPlan openPlan(long contractId, PlanInput input) {
        return remediation.openPlan(contractId, input);
    }

    /** Adds a milestone to an open plan (ADMIN, MANAGER). */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public RemediationPlan addMilestone(long planId, MilestoneInput input) {
        return remediation.addMilestone(planId, input);
    }

    /**
     * Changes a milestone's status. ADMIN and MANAGER may set any status; a VENDOR user may mark its own vendor's
     * VENDOR-side milestones DONE with an evidence note (a client-side milestone or another status: 403; another
     * vendor's milestone: 404).
     */
    @Transactional
    @PreAuthorize(Roles.MANAGERS_AND_VENDORS)
    public RemediationPlan updateMilestone(long milestoneId, MilestoneUpdate update) {
        return remediation.updateMilestone(milestoneId, update);
    }

    /** Sets the plan's status (ADMIN, MANAGER); ending it needs a note. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public RemediationPlan setPlanStatus(long planId, PlanStatusInput input) {
        return remediation.setPlanStatus(planId, input);
    }

    // --- option comparison, client staff (kept in {@link RenewalComparisons})

    /**
     * Inputs to start a comparison from: the contract's linked business case (workload, in-house model, governance,
     * the linked offer as the current price, another offer of the case as the alternative, its switching and churn
     * figures) when there is one; otherwise the business-case defaults with the contract's monthly invoice as a flat
     * current price.
     */
    public OptionsInput defaults(long contractId) {
        return comparisons.defaults(contractId);
    }

    /** Evaluates inputs for a contract without storing them (client staff). */
    public OptionsEvaluation evaluate(long contractId, OptionsInput input) {
        return comparisons.evaluate(contractId, input);
    }

    /** Stores a comparison (ADMIN, MANAGER); its inputs are checked first. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public StoredComparison saveComparison(long contractId, OptionsInput input) {
        return comparisons.saveComparison(contractId, input);
    }

    /** The contract's stored comparisons, newest first (client staff). */
    public List<StoredComparison> comparisons(long contractId) {
        return comparisons.comparisons(contractId);
    }

    /** A stored comparison, evaluated (client staff). */
    public OptionsEvaluation comparison(long comparisonId) {
        return comparisons.comparison(comparisonId);
    }

    /** The contract's latest stored comparison, evaluated (client staff). */
    public Optional<OptionsEvaluation> latestComparison(long contractId) {
        return comparisons.latestComparison(contractId);
    }

    // --- decisions, client staff (kept in {@link RenewalDecisions})

    /** The contract's decisions, newest first (client staff). */
    public List<ExitDecision> decisions(long contractId) {
        return decisions.decisions(contractId);
    }

    /** The decision in force for the contract, if any (client staff). */
    public Optional<ExitDecision> latestDecision(long contractId) {
        return decisions.latestDecision(contractId);
    }

    public ExitDecision decision(long decisionId) {
        return decisions.decision(decisionId);
    }

    /** Records a decision with its evidence frozen (ADMIN, MANAGER); audited. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public ExitDecision decide(long contractId, DecisionInput input) {
        return decisions.decide(contractId, input);
    }

    /**
     * Records a correction of a decision still in force: a new record that supersedes it (the old one is kept as it
     * was, marked superseded). A decision already superseded: 409.
     */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public ExitDecision supersede(long decisionId, DecisionInput input) {
        return decisions.supersede(decisionId, input);
    }
}
