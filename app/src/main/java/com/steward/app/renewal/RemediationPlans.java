package com.steward.app.renewal;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Remediation plans and their milestones, read in the caller's vendor scope (another vendor's plan answers 404).
 * Managers change plans ({@link Renewals} checks the role); a VENDOR user may mark its own side's milestones done.
 */
@Component
class RemediationPlans {

    private final RenewalRepository repository;
    private final Contracts contracts;
    private final UnderPerformance underPerformance;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RemediationPlans(
            RenewalRepository repository,
            Contracts contracts,
            UnderPerformance underPerformance,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.contracts = contracts;
        this.underPerformance = underPerformance;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contract's remediation plans, newest first (404 if the contract is not visible). */
    List<RemediationPlan> plans(long contractId) {
        contracts.get(contractId);
        return repository.plansOfContract(contractId, access.currentScope());
    }

    /** A vendor's remediation plans with their milestones and progress, newest first (404 if not visible). */
    List<RemediationPlan> remediationPlans(long vendorId) {
        VendorScope scope = access.currentScope();
        if (!scope.permits(vendorId)) {
            throw RemediationNotFoundException.vendor(vendorId);
        }
        return repository.plansOfVendor(vendorId, scope);
    }

    RemediationPlan plan(long planId) {
        return repository
                .plan(planId, access.currentScope())
                .orElseThrow(() -> RemediationNotFoundException.plan(planId));
    }

    /** Opens a remediation plan for a contract (ADMIN, MANAGER). */
    RemediationPlan openPlan(long contractId, PlanInput input) {
        Contract contract = contracts.get(contractId);
        if (input == null) {
            throw new InvalidRequestException("owner", "owner: say who owns the plan");
        }
        String reason = trimmed(input.reason());
        if (reason.isEmpty()) {
            reason = underPerformance.suggestedReason(contractId);
        }
        limit("reason", reason, 4000);
        String owner = required("owner", input.owner(), 200);
        LocalDate opened = input.openedOn() == null ? LocalDate.now(clock) : input.openedOn();
        List<MilestoneInput> milestones = new ArrayList<>();
        List<MilestoneInput> given = input.milestones() == null ? List.of() : input.milestones();
        if (given.size() > Renewals.MAX_MILESTONES) {
            throw new InvalidRequestException("milestones", "milestones: at most " + Renewals.MAX_MILESTONES);
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
        audit.record(AuditAction.CREATE, Renewals.AUDIT_PLAN, id, created.vendorId(), null, created);
        return created;
    }

    /** Adds a milestone to an open plan (ADMIN, MANAGER). */
    RemediationPlan addMilestone(long planId, MilestoneInput input) {
        RemediationPlan before = plan(planId);
        if (before.status() != PlanStatus.OPEN) {
            throw new ConflictException("The plan is " + before.status() + "; reopen it to add milestones");
        }
        if (before.milestones().size() >= Renewals.MAX_MILESTONES) {
            throw new InvalidRequestException("milestones", "milestones: at most " + Renewals.MAX_MILESTONES);
        }
        repository.insertMilestone(planId, validMilestone("", input), access.currentActor(), clock.instant());
        RemediationPlan after = plan(planId);
        audit.record(AuditAction.UPDATE, Renewals.AUDIT_PLAN, planId, after.vendorId(), before, after);
        return after;
    }

    /**
     * Changes a milestone's status. ADMIN and MANAGER may set any status; a VENDOR user may mark its own vendor's
     * VENDOR-side milestones DONE with an evidence note (a client-side milestone or another status: 403; another
     * vendor's milestone: 404).
     */
    RemediationPlan updateMilestone(long milestoneId, MilestoneUpdate update) {
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
        audit.record(AuditAction.UPDATE, Renewals.AUDIT_MILESTONE, milestoneId, after.vendorId(), m, changed);
        return after;
    }

    /** Sets the plan's status (ADMIN, MANAGER); ending it needs a note. */
    RemediationPlan setPlanStatus(long planId, PlanStatusInput input) {
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
        audit.record(AuditAction.UPDATE, Renewals.AUDIT_PLAN, planId, after.vendorId(), before, after);
        return after;
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

    static String required(String field, String value, int max) {
        String v = trimmed(value);
        if (v.isEmpty()) {
            throw new InvalidRequestException(field, field + ": required");
        }
        limit(field, v, max);
        return v;
    }

    static void limit(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidRequestException(field, field + ": at most " + max + " characters");
        }
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
