package com.steward.app.renewal;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractRules;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.Role;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.costing.PricingModel;
import com.steward.core.renewal.Chances;
import com.steward.core.renewal.ExitOptions;
import com.steward.core.renewal.OptionKind;
import com.steward.core.renewal.OptionOutcome;
import com.steward.core.renewal.OptionsComparison;
import com.steward.core.renewal.RenewalOptions;
import com.steward.core.renewal.UnderPerformanceRuns;
import com.steward.core.scorecards.Standing;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private final RenewalRepository repository;
    private final Contracts contracts;
    private final BusinessCaseScenarios businessCases;
    private final ScorecardRuns scorecardRuns;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Renewals(
            RenewalRepository repository,
            Contracts contracts,
            BusinessCaseScenarios businessCases,
            ScorecardRuns scorecardRuns,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.contracts = contracts;
        this.businessCases = businessCases;
        this.scorecardRuns = scorecardRuns;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // --- under-performance

    /** The contract's periods against the threshold, standings and runs below threshold (404 if not visible). */
    public UnderPerformanceHistory history(long contractId) {
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
    public String suggestedReason(long contractId) {
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

    /** Every contract visible to the caller with its standing and open remediation, for the overview page. */
    public List<ContractLine> overview() {
        VendorScope scope = access.currentScope();
        List<ExitDecision> inForce = scope.unrestricted() ? repository.decisionsInForce() : List.of();
        List<ContractLine> lines = new ArrayList<>();
        for (Contract c : contracts.visibleContracts()) {
            UnderPerformanceHistory h = history(c.id());
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

    // --- remediation plans

    /** The contract's remediation plans, newest first (404 if the contract is not visible). */
    public List<RemediationPlan> plans(long contractId) {
        contracts.get(contractId);
        return repository.plansOfContract(contractId, access.currentScope());
    }

    /** A vendor's remediation plans with their milestones and progress, newest first (404 if not visible). */
    public List<RemediationPlan> remediationPlans(long vendorId) {
        VendorScope scope = access.currentScope();
        if (!scope.permits(vendorId)) {
            throw RemediationNotFoundException.vendor(vendorId);
        }
        return repository.plansOfVendor(vendorId, scope);
    }

    public RemediationPlan plan(long planId) {
        return repository
                .plan(planId, access.currentScope())
                .orElseThrow(() -> RemediationNotFoundException.plan(planId));
    }

    /** Opens a remediation plan for a contract (ADMIN, MANAGER). */
    @Transactional
    public RemediationPlan openPlan(long contractId, PlanInput input) {
        requireManager();
        Contract contract = contracts.get(contractId);
        if (input == null) {
            throw new InvalidRequestException("owner", "owner: say who owns the plan");
        }
        String reason = trimmed(input.reason());
        if (reason.isEmpty()) {
            reason = suggestedReason(contractId);
        }
        limit("reason", reason, 4000);
        String owner = required("owner", input.owner(), 200);
        LocalDate opened = input.openedOn() == null ? LocalDate.now(clock) : input.openedOn();
        List<MilestoneInput> milestones = new ArrayList<>();
        List<MilestoneInput> given = input.milestones() == null ? List.of() : input.milestones();
        if (given.size() > MAX_MILESTONES) {
            throw new InvalidRequestException("milestones", "milestones: at most " + MAX_MILESTONES);
        }
        for (int i = 0; i < given.size(); i++) {
            milestones.add(validMilestone("milestones[" + i + "].", given.get(i)));
        }
        long id = repository.insertPlan(
                contractId,
                contract.vendorId(),
                new PlanInput(reason, opened, owner, milestones),
                access.currentActor(),
                clock.instant());
        RemediationPlan created = repository.plan(id, VendorScope.all()).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_PLAN, id, created.vendorId(), null, created);
        return created;
    }

    /** Adds a milestone to an open plan (ADMIN, MANAGER). */
    @Transactional
    public RemediationPlan addMilestone(long planId, MilestoneInput input) {
        requireManager();
        RemediationPlan before = plan(planId);
        if (before.status() != PlanStatus.OPEN) {
            throw new ConflictException("The plan is " + before.status() + "; reopen it to add milestones");
        }
        if (before.milestones().size() >= MAX_MILESTONES) {
            throw new InvalidRequestException("milestones", "milestones: at most " + MAX_MILESTONES);
        }
        repository.insertMilestone(planId, validMilestone("", input), access.currentActor(), clock.instant());
        RemediationPlan after = plan(planId);
        audit.record(AuditAction.UPDATE, AUDIT_PLAN, planId, after.vendorId(), before, after);
        return after;
    }

    /**
     * Changes a milestone's status. ADMIN and MANAGER may set any status; a VENDOR user may mark its own vendor's
     * VENDOR-side milestones DONE with an evidence note (a client-side milestone or another status: 403; another
     * vendor's milestone: 404).
     */
    @Transactional
    public RemediationPlan updateMilestone(long milestoneId, MilestoneUpdate update) {
        VendorScope scope = access.currentScope();
        long planId = repository
                .planOfMilestone(milestoneId, scope)
                .orElseThrow(() -> RemediationNotFoundException.milestone(milestoneId));
        RemediationPlan before = plan(planId);
        Milestone m = before.milestones().stream()
                .filter(x -> x.id() == milestoneId)
                .findFirst()
                .orElseThrow(() -> RemediationNotFoundException.milestone(milestoneId));
        boolean vendor = !scope.unrestricted();
        if (vendor) {
            if (m.side() != Side.VENDOR) {
                throw new AccessDeniedException("Only the client updates client-side milestones");
            }
        } else {
            requireManager();
        }
        if (update == null || update.status() == null) {
            throw new InvalidRequestException("status", "status: choose OPEN, DONE or MISSED");
        }
        if (vendor && update.status() != MilestoneStatus.DONE) {
            throw new AccessDeniedException("A vendor may only mark its milestones done");
        }
        if (before.status() != PlanStatus.OPEN) {
            throw new ConflictException("The plan is " + before.status() + "; its milestones no longer change");
        }
        String evidence = trimmed(update.evidence());
        limit("evidence", evidence, 2000);
        if (evidence.isEmpty() && (vendor || update.status() == MilestoneStatus.MISSED)) {
            throw new InvalidRequestException(
                    "evidence",
                    update.status() == MilestoneStatus.MISSED
                            ? "evidence: say why it was missed"
                            : "evidence: say what shows it is done");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate doneOn = null;
        if (update.status() == MilestoneStatus.DONE) {
            doneOn = update.doneOn() == null ? today : update.doneOn();
            if (doneOn.isAfter(today)) {
                throw new InvalidRequestException("doneOn", "doneOn: cannot be in the future");
            }
        }
        repository.updateMilestone(
                milestoneId,
                update.status(),
                doneOn,
                evidence.isEmpty() ? null : evidence,
                access.currentActor(),
                clock.instant());
        repository.touch(planId, clock.instant());
        RemediationPlan after = plan(planId);
        Milestone changed = after.milestones().stream()
                .filter(x -> x.id() == milestoneId)
                .findFirst()
                .orElseThrow();
        audit.record(AuditAction.UPDATE, AUDIT_MILESTONE, milestoneId, after.vendorId(), m, changed);
        return after;
    }

    /** Sets the plan's status (ADMIN, MANAGER); ending it needs a note. */
    @Transactional
    public RemediationPlan setPlanStatus(long planId, PlanStatusInput input) {
        requireManager();
        RemediationPlan before = plan(planId);
        if (input == null || input.status() == null) {
            throw new InvalidRequestException("status", "status: choose OPEN, SUCCEEDED, FAILED or CLOSED");
        }
        String note = trimmed(input.note());
        limit("note", note, 2000);
        if (input.status() != PlanStatus.OPEN && note.isEmpty()) {
            throw new InvalidRequestException("note", "note: say why the plan ends " + input.status());
        }
        repository.updatePlanStatus(
                planId,
                input.status(),
                note.isEmpty() ? null : note,
                input.status() == PlanStatus.OPEN ? null : LocalDate.now(clock),
                clock.instant());
        RemediationPlan after = plan(planId);
        audit.record(AuditAction.UPDATE, AUDIT_PLAN, planId, after.vendorId(), before, after);
        return after;
    }

    // --- option comparison (client staff)

    /**
     * Inputs to start a comparison from: the contract's linked business case (workload, in-house model, governance,
     * the linked offer as the current price, another offer of the case as the alternative, its switching and churn
     * figures) when there is one; otherwise the business-case defaults with the contract's monthly invoice as a flat
     * current price.
     */
    public OptionsInput defaults(long contractId) {
        requireStaff();
        Contract contract = contracts.get(contractId);
        String name = "Renewal options " + contract.name();
        Optional<Contracts.LinkedOffer> linked = contracts.linkedOffer(contractId);
        if (linked.isPresent()) {
            try {
                BusinessCaseScenario scenario = businessCases.get(linked.get().businessCaseId());
                BusinessCaseInput in = scenario.inputs().withDefaults();
                BusinessCaseInput.OfferInput current = renamed(linked.get().offer(), contract.vendorName());
                BusinessCaseInput.OfferInput alternative = in.offers().stream()
                        .filter(o -> !o.name().equals(linked.get().offer().name()))
                        .findFirst()
                        .orElse(null);
                if (alternative != null && alternative.name().equals(current.name())) {
                    alternative = renamed(alternative, alternative.name() + " (alternative)");
                }
                BusinessCaseInput.HiddenCostsInput h = in.hiddenCosts();
                return new OptionsInput(
                                name,
                                in.termMonths(),
                                in.annualDiscountRate(),
                                in.workload(),
                                h.governanceFte(),
                                h.governanceAnnualCostPerFte(),
                                current,
                                null,
                                alternative,
                                new OptionsInput.SwitchInput(
                                        alternative == null ? 0.0 : alternative.transitionCost(),
                                        h.knowledgeTransferCost(),
                                        h.parallelRunMonths()),
                                in.inHouse(),
                                null,
                                new OptionsInput.LeavingInput(
                                        h.exitCost(),
                                        h.extraAnnualChurnRate(),
                                        h.customersAffected(),
                                        h.customerLifetimeValue()),
                                null)
                        .withDefaults();
            } catch (NotFoundException e) {
                // the linked case was deleted: fall back to the defaults below
            }
        }
        double invoice = contract.monthlyInvoice() == null ? 0 : contract.monthlyInvoice();
        return new OptionsInput(
                        name,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new BusinessCaseInput.OfferInput(
                                contract.vendorName(),
                                PricingModel.PER_CONTACT,
                                0.0,
                                invoice,
                                0.0,
                                null,
                                null,
                                null,
                                null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .withDefaults();
    }

    /** Evaluates inputs for a contract without storing them (client staff). */
    public OptionsEvaluation evaluate(long contractId, OptionsInput input) {
        requireStaff();
        contracts.get(contractId);
        return evaluation(contractId, 0, input);
    }

    /** Stores a comparison (ADMIN, MANAGER); its inputs are checked first. */
    @Transactional
    public StoredComparison saveComparison(long contractId, OptionsInput input) {
        requireManager();
        Contract contract = contracts.get(contractId);
        if (input == null) {
            throw new InvalidRequestException("name", "name: give the comparison a name");
        }
        OptionsInput filled = input.withDefaults();
        RenewalOptions core = filled.toCore();
        filled.uncertainty(core);
        filled.trials();
        long id = repository.insertComparison(
                contractId, contract.vendorId(), filled, access.currentActor(), clock.instant());
        StoredComparison stored = repository.comparison(id).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_COMPARISON, id, contract.vendorId(), null, stored);
        return stored;
    }

    /** The contract's stored comparisons, newest first (client staff). */
    public List<StoredComparison> comparisons(long contractId) {
        requireStaff();
        contracts.get(contractId);
        return repository.comparisons(contractId);
    }

    /** A stored comparison, evaluated (client staff). */
    public OptionsEvaluation comparison(long comparisonId) {
        requireStaff();
        StoredComparison stored = repository
                .comparison(comparisonId)
                .orElseThrow(() -> RemediationNotFoundException.comparison(comparisonId));
        return evaluation(stored.contractId(), stored.id(), stored.inputs());
    }

    /** The contract's latest stored comparison, evaluated (client staff). */
    public Optional<OptionsEvaluation> latestComparison(long contractId) {
        return comparisons(contractId).stream().findFirst().map(c -> evaluation(contractId, c.id(), c.inputs()));
    }

    private static OptionsEvaluation evaluation(long contractId, long comparisonId, OptionsInput input) {
        if (input == null) {
            throw new InvalidRequestException("name", "name: give the comparison a name");
        }
        OptionsInput filled = input.withDefaults();
        RenewalOptions core = filled.toCore();
        int trials = filled.trials();
        OptionsComparison comparison = ExitOptions.compare(core);
        Chances chances = ExitOptions.chanceOfBeatingCurrent(core, filled.uncertainty(core), trials, OptionsInput.SEED);
        List<OptionsEvaluation.Option> options = new ArrayList<>();
        for (OptionOutcome o : comparison.options()) {
            Double chance = switch (o.kind()) {
                case RENEW -> null;
                case SWITCH -> chances.switchOption();
                case IN_HOUSE -> chances.inHouse();
            };
            options.add(new OptionsEvaluation.Option(
                    o.kind().name(),
                    o.name(),
                    o.totalCost(),
                    o.npv(),
                    o.oneTimeCosts(),
                    o.savingsVsCurrent(),
                    o.savingsPercentVsCurrent(),
                    o.npvSavingsVsCurrent(),
                    o.breakEvenMonth().isPresent() ? o.breakEvenMonth().getAsInt() : null,
                    chance,
                    o.monthlyCosts(),
                    o.cumulativeCosts()));
        }
        return new OptionsEvaluation(
                contractId,
                comparisonId,
                filled.name(),
                comparison.termMonths(),
                comparison.annualDiscountRate(),
                trials,
                OptionsInput.SEED,
                options,
                comparison.cheapest().kind().name(),
                filled);
    }

    // --- decisions (client staff)

    /** The contract's decisions, newest first (client staff). */
    public List<ExitDecision> decisions(long contractId) {
        requireStaff();
        contracts.get(contractId);
        return repository.decisions(contractId);
    }

    /** The decision in force for the contract, if any (client staff). */
    public Optional<ExitDecision> latestDecision(long contractId) {
        return decisions(contractId).stream().filter(ExitDecision::inForce).findFirst();
    }

    public ExitDecision decision(long decisionId) {
        requireStaff();
        return repository.decision(decisionId).orElseThrow(() -> RemediationNotFoundException.decision(decisionId));
    }

    /** Records a decision with its evidence frozen (ADMIN, MANAGER); audited. */
    @Transactional
    public ExitDecision decide(long contractId, DecisionInput input) {
        requireManager();
        return record(contractId, input, null);
    }

    /**
     * Records a correction of a decision still in force: a new record that supersedes it (the old one is kept as it
     * was, marked superseded). A decision already superseded: 409.
     */
    @Transactional
    public ExitDecision supersede(long decisionId, DecisionInput input) {
        requireManager();
        ExitDecision old = decision(decisionId);
        if (!old.inForce()) {
            throw new ConflictException(
                    "Decision " + decisionId + " was already superseded by decision " + old.supersededById());
        }
        ExitDecision created = record(old.contractId(), input, old.id());
        if (!repository.markSuperseded(old.id(), created.id())) {
            throw new ConflictException("Decision " + decisionId + " was superseded meanwhile");
        }
        audit.record(AuditAction.UPDATE, AUDIT_DECISION, old.id(), old.vendorId(), old, decision(old.id()));
        return decision(created.id());
    }

    private ExitDecision record(long contractId, DecisionInput input, Long supersedes) {
        Contract contract = contracts.get(contractId);
        if (input == null || input.option() == null) {
            throw new InvalidRequestException(
                    "option", "option: choose RENEW, SWITCH, IN_HOUSE or RENEW_WITH_REMEDIATION");
        }
        String rationale = required("rationale", input.rationale(), 4000);
        String internal = required("internalMessage", input.internalMessage(), 4000);
        String toVendor = required("vendorMessage", input.vendorMessage(), 4000);
        OptionsEvaluation comparison;
        Long comparisonId = input.comparisonId();
        if (comparisonId != null) {
            long wanted = comparisonId;
            StoredComparison stored = repository
                    .comparison(wanted)
                    .filter(c -> c.contractId() == contractId)
                    .orElseThrow(() -> new InvalidRequestException(
                            "comparisonId", "comparisonId: no comparison " + wanted + " for this contract"));
            comparison = evaluation(contractId, stored.id(), stored.inputs());
        } else {
            comparison = latestComparison(contractId).orElse(null);
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
        List<DecisionEvidence.PlanSummary> plans = plans(contractId).stream()
                .map(p -> new DecisionEvidence.PlanSummary(
                        p.id(),
                        p.status().name(),
                        p.openedOn().toString(),
                        p.progress().done(),
                        p.progress().missed(),
                        p.progress().open()))
                .toList();
        DecisionEvidence evidence = new DecisionEvidence(comparison, history(contractId), plans);
        long id = repository.insertDecision(
                contractId,
                contract.vendorId(),
                new DecisionInput(input.option(), rationale, internal, toVendor, comparisonId),
                evidence,
                supersedes,
                access.currentActor(),
                clock.instant());
        ExitDecision recorded = decision(id);
        audit.record(AuditAction.CREATE, AUDIT_DECISION, id, contract.vendorId(), null, recorded);
        return recorded;
    }

    // --- checks

    /** Client staff only: the comparison and decisions are the client's internal cost model. */
    private void requireStaff() {
        if (!access.currentScope().unrestricted()) {
            throw new AccessDeniedException("The client's internal cost model is not shown to vendors");
        }
    }

    private static void requireManager() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean manager = auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority())
                                || a.getAuthority().equals(Role.MANAGER.authority()));
        if (!manager) {
            throw new AccessDeniedException("Only a manager or an administrator may do this");
        }
    }

    private static MilestoneInput validMilestone(String prefix, MilestoneInput m) {
        if (m == null) {
            throw new InvalidRequestException(prefix + "what", prefix + "what: describe the milestone");
        }
        String what = required(prefix + "what", m.what(), 500);
        if (m.side() == null) {
            throw new InvalidRequestException(prefix + "side", prefix + "side: choose CLIENT or VENDOR");
        }
        String owner = required(prefix + "owner", m.owner(), 200);
        if (m.due() == null) {
            throw new InvalidRequestException(prefix + "due", prefix + "due: give a due date");
        }
        return new MilestoneInput(what, m.side(), owner, m.due());
    }

    private static String required(String field, String value, int max) {
        String v = trimmed(value);
        if (v.isEmpty()) {
            throw new InvalidRequestException(field, field + ": required");
        }
        limit(field, v, max);
        return v;
    }

    private static void limit(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidRequestException(field, field + ": at most " + max + " characters");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static BusinessCaseInput.OfferInput renamed(BusinessCaseInput.OfferInput o, String name) {
        return new BusinessCaseInput.OfferInput(
                name,
                o.pricingModel(),
                o.price(),
                o.monthlyMinimum(),
                o.transitionCost(),
                o.currency(),
                o.exchangeRateToBase(),
                o.paidHoursPerFteMonth(),
                o.fteShrinkage());
    }
}
