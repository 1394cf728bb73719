package com.steward.app.selection.web;

import com.steward.app.security.Roles;
import com.steward.app.selection.CreateSelectionCommand;
import com.steward.app.selection.LockSelectionCommand;
import com.steward.app.selection.RecordScoresCommand;
import com.steward.app.selection.Selection;
import com.steward.app.selection.SelectionResult;
import com.steward.app.selection.Selections;
import com.steward.app.selection.SetWeightsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
 * Weighted selection over REST. Client staff read; ADMIN, MANAGER and ANALYST score; ADMIN and
 * MANAGER open, weight and lock. VENDOR users get 403. A locked selection refuses changes with 409.
 */
@RestController
@RequestMapping("/api/v1/selections")
@PreAuthorize(Roles.STAFF)
@Tag(name = "Selection", description = "Weighted vendor selection with evaluator scores, ranking and decision record")
class SelectionApiController {

    private final Selections selections;

    SelectionApiController(Selections selections) {
        this.selections = selections;
    }

    @GetMapping
    @Operation(summary = "All selections, most recently changed first")
    List<Selection> list() {
        return selections.all();
    }

    @PostMapping
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Open a selection among at least two vendors, with the default weights")
    ResponseEntity<Selection> create(@Valid @RequestBody CreateSelectionCommand command) {
        Selection selection = selections.create(command);
        return ResponseEntity.created(URI.create("/api/v1/selections/" + selection.id()))
                .body(selection);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A selection evaluated: ranking, evaluator disagreement, rank stability under ±20 % weight"
                    + " moves, due-diligence evidence and price")
    SelectionResult get(@PathVariable long id) {
        return selections.evaluate(id);
    }

    @PutMapping("/{id}/weights")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Set the criteria weights (0–100 each, summing to 100); 409 once locked")
    Selection setWeights(@PathVariable long id, @Valid @RequestBody SetWeightsCommand command) {
        return selections.setWeights(id, command);
    }

    @PutMapping("/{id}/scores")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Record the caller's own scores (0–10) per vendor and criterion; 409 once locked")
    SelectionResult recordScores(@PathVariable long id, @Valid @RequestBody RecordScoresCommand command) {
        return selections.recordScores(id, command);
    }

    @PostMapping("/{id}/lock")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Decide: lock the selection with the chosen vendor, decision and rationale (decision record)")
    Selection lock(@PathVariable long id, @Valid @RequestBody LockSelectionCommand command) {
        return selections.lock(id, command);
    }
}
