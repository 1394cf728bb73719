package com.steward.app.rollout.web;

import com.steward.app.rollout.DecisionInput;
import com.steward.app.rollout.DecisionRecord;
import com.steward.app.rollout.GateEvaluation;
import com.steward.app.rollout.PhaseComparison;
import com.steward.app.rollout.PlanInput;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transition plans, gate evaluation, decisions and the pilot comparison over REST. A VENDOR user reads its own
 * vendor's plans, gate results and decisions (another vendor's: 404); the comparison is for client staff.
 */
@RestController
@RequestMapping("/api/v1/transition")
@Tag(name = "Transition", description = "Phased roll-out: plans, gates against the in-house baseline, decisions")
class RolloutApiController {

    private final TransitionPlans plans;

    RolloutApiController(TransitionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    @Operation(summary = "Transition plans visible to the caller")
    List<TransitionPlan> list() {
        return plans.visiblePlans();
    }

    @PostMapping("/plans")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(
            summary = "Create a plan with its phases and gates",
            description = "Gate thresholds in display units: percentage points for rates, seconds, QA points. "
                    + "RELATIVE AT_LEAST -2 on csat = not worse than in-house by more than 2 points (95%).")
    ResponseEntity<TransitionPlan> create(@RequestBody PlanInput input) {
        TransitionPlan created = plans.create(input);
        return ResponseEntity.created(URI.create("/api/v1/transition/plans/" + created.id()))
                .body(created);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan (404 when absent or another vendor's)")
    TransitionPlan get(@PathVariable long id) {
        return plans.get(id);
    }

    @GetMapping("/phases/{id}/evaluation")
    @Operation(summary = "The phase's gates judged on the lake: PASS, FAIL or NOT_ENOUGH_DATA with evidence")
    List<GateEvaluation> evaluation(@PathVariable long id) {
        return plans.evaluate(id);
    }

    @GetMapping("/phases/{id}/decisions")
    @Operation(summary = "Recorded go / no-go / extend decisions, newest first")
    List<DecisionRecord> decisions(@PathVariable long id) {
        return plans.decisions(id);
    }

    @PostMapping("/phases/{id}/decisions")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Record a GO, NO_GO or EXTEND decision; the current gate evidence is stored with it")
    ResponseEntity<DecisionRecord> decide(@PathVariable long id, @RequestBody DecisionInput input) {
        DecisionRecord recorded = plans.decide(id, input);
        return ResponseEntity.created(URI.create("/api/v1/transition/phases/" + id + "/decisions"))
                .body(recorded);
    }

    @GetMapping("/phases/{id}/comparison")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Pilot vs in-house: differences with intervals, difference-in-differences, mix adjustment")
    PhaseComparison comparison(@PathVariable long id) {
        return plans.compare(id);
    }
}
