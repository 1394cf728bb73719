package com.steward.app.renewal.web;

import com.steward.app.renewal.DecisionInput;
import com.steward.app.renewal.ExitDecision;
import com.steward.app.renewal.MilestoneInput;
import com.steward.app.renewal.MilestoneUpdate;
import com.steward.app.renewal.OptionsEvaluation;
import com.steward.app.renewal.OptionsInput;
import com.steward.app.renewal.PlanInput;
import com.steward.app.renewal.PlanStatusInput;
import com.steward.app.renewal.RemediationPlan;
import com.steward.app.renewal.Renewals;
import com.steward.app.renewal.StoredComparison;
import com.steward.app.renewal.UnderPerformanceHistory;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Switch or renew over REST. Under-performance history and remediation plans: every role, a VENDOR user its own
 * vendor's contracts only (another vendor's: 404); a VENDOR user may mark its own side's milestones done. Option
 * comparisons and decisions are the client's internal cost model: client staff (VENDOR: 403); ADMIN and MANAGER
 * change things.
 */
@RestController
@RequestMapping("/api/v1/renewal")
@Tag(name = "Renewal", description = "Chronic under-performance, remediation plans, exit options and decisions")
class RenewalApiController {

    private final Renewals renewals;

    RenewalApiController(Renewals renewals) {
        this.renewals = renewals;
    }

    @GetMapping("/contracts/{id}/history")
    @Operation(summary = "Score per period against the threshold, standings and runs below threshold")
    UnderPerformanceHistory history(@PathVariable long id) {
        return renewals.history(id);
    }

    @GetMapping("/contracts/{id}/plans")
    @Operation(summary = "The contract's remediation plans with milestones and progress, newest first")
    List<RemediationPlan> plans(@PathVariable long id) {
        return renewals.plans(id);
    }

    @PostMapping("/contracts/{id}/plans")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Open a remediation plan; a blank reason takes the one drawn from the standings")
    ResponseEntity<RemediationPlan> openPlan(@PathVariable long id, @RequestBody PlanInput input) {
        RemediationPlan created = renewals.openPlan(id, input);
        return ResponseEntity.created(URI.create("/api/v1/renewal/plans/" + created.id()))
                .body(created);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One remediation plan (404 when absent or another vendor's)")
    RemediationPlan plan(@PathVariable long id) {
        return renewals.plan(id);
    }

    @PostMapping("/plans/{id}/milestones")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Add a milestone to an open plan")
    RemediationPlan addMilestone(@PathVariable long id, @RequestBody MilestoneInput input) {
        return renewals.addMilestone(id, input);
    }

    @PutMapping("/plans/{id}/status")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Set the plan's status: OPEN, SUCCEEDED, FAILED or CLOSED (ending it needs a note)")
    RemediationPlan status(@PathVariable long id, @RequestBody PlanStatusInput input) {
        return renewals.setPlanStatus(id, input);
    }

    @PutMapping("/milestones/{id}")
    @PreAuthorize(Roles.MANAGERS_AND_VENDORS)
    @Operation(
            summary = "Change a milestone's status",
            description = "A VENDOR user may mark its own vendor's VENDOR-side milestones DONE with an evidence note;"
                    + " client-side milestones or other statuses: 403; another vendor's: 404.")
    RemediationPlan milestone(@PathVariable long id, @RequestBody MilestoneUpdate update) {
        return renewals.updateMilestone(id, update);
    }

    @GetMapping("/vendors/{id}/plans")
    @Operation(summary = "A vendor's remediation plans with milestone progress (404 for another vendor's)")
    List<RemediationPlan> vendorPlans(@PathVariable long id) {
        return renewals.remediationPlans(id);
    }

    @GetMapping("/contracts/{id}/options/defaults")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Inputs to start from: the linked business case, or defaults with the contract's invoice")
    OptionsInput defaults(@PathVariable long id) {
        return renewals.defaults(id);
    }

    @PostMapping("/contracts/{id}/options/evaluation")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Evaluate renew / switch / in-house without storing (term cost, NPV, break-even, chances)")
    OptionsEvaluation evaluate(@PathVariable long id, @RequestBody OptionsInput input) {
        return renewals.evaluate(id, input);
    }

    @GetMapping("/contracts/{id}/comparisons")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Stored option comparisons, newest first")
    List<StoredComparison> comparisons(@PathVariable long id) {
        return renewals.comparisons(id);
    }

    @PostMapping("/contracts/{id}/comparisons")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Store an option comparison")
    ResponseEntity<StoredComparison> saveComparison(@PathVariable long id, @RequestBody OptionsInput input) {
        StoredComparison stored = renewals.saveComparison(id, input);
        return ResponseEntity.created(URI.create("/api/v1/renewal/comparisons/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/comparisons/{id}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "A stored comparison, evaluated")
    OptionsEvaluation comparison(@PathVariable long id) {
        return renewals.comparison(id);
    }

    @GetMapping("/contracts/{id}/decisions")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "The contract's decisions, newest first, superseded ones included")
    List<ExitDecision> decisions(@PathVariable long id) {
        return renewals.decisions(id);
    }

    @PostMapping("/contracts/{id}/decisions")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Record a decision; the comparison, standings and remediation are frozen with it")
    ResponseEntity<ExitDecision> decide(@PathVariable long id, @RequestBody DecisionInput input) {
        ExitDecision recorded = renewals.decide(id, input);
        return ResponseEntity.created(URI.create("/api/v1/renewal/decisions/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping("/decisions/{id}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "One decision with its frozen evidence")
    ExitDecision decision(@PathVariable long id) {
        return renewals.decision(id);
    }

    @PostMapping("/decisions/{id}/supersession")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Correct a decision in force: a new record that supersedes it (already superseded: 409)")
    ResponseEntity<ExitDecision> supersede(@PathVariable long id, @RequestBody DecisionInput input) {
        ExitDecision recorded = renewals.supersede(id, input);
        return ResponseEntity.created(URI.create("/api/v1/renewal/decisions/" + recorded.id()))
                .body(recorded);
    }
}
