package com.steward.app.costing.web;

import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.costing.SavingsRiskRequest;
import com.steward.app.costing.ScenarioEvaluation;
import com.steward.app.security.Roles;
import com.steward.core.costing.SavingsRiskResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business-case scenarios over REST. Client staff read; ADMIN, MANAGER and ANALYST change;
 * VENDOR users get 403 everywhere (the cost model and vendors' prices are the client's own).
 */
@RestController
@RequestMapping("/api/v1/business-cases")
@PreAuthorize(Roles.STAFF)
@Tag(name = "Business cases", description = "In-house cost against vendor offers; NPV, break-even, savings risk")
class BusinessCaseApiController {

    private final BusinessCaseScenarios scenarios;

    BusinessCaseApiController(BusinessCaseScenarios scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    @Operation(summary = "All scenarios")
    List<BusinessCaseScenario> list() {
        return scenarios.all();
    }

    @GetMapping("/defaults")
    @Operation(summary = "A new scenario's inputs with every default filled in")
    BusinessCaseInput defaults() {
        return BusinessCaseInput.template("New business case");
    }

    @GetMapping("/{id}")
    @Operation(summary = "One scenario")
    BusinessCaseScenario get(@PathVariable long id) {
        return scenarios.get(id);
    }

    @PostMapping
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Create a scenario; missing numbers take their defaults")
    ResponseEntity<BusinessCaseScenario> create(@RequestBody BusinessCaseInput input) {
        BusinessCaseScenario created = scenarios.create(input);
        return ResponseEntity.created(URI.create("/api/v1/business-cases/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Replace a scenario's inputs")
    BusinessCaseScenario update(@PathVariable long id, @RequestBody BusinessCaseInput input) {
        return scenarios.update(id, input);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Delete a scenario")
    ResponseEntity<Void> delete(@PathVariable long id) {
        scenarios.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/copy")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Copy a scenario (name: optional, default 'Copy of …')")
    ResponseEntity<BusinessCaseScenario> copy(@PathVariable long id, @RequestParam(required = false) String name) {
        BusinessCaseScenario created = scenarios.copy(id, name);
        return ResponseEntity.created(URI.create("/api/v1/business-cases/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}/evaluation")
    @Operation(summary = "Annual and total cost, NPV, savings and break-even of every option")
    ScenarioEvaluation evaluate(@PathVariable long id) {
        return scenarios.evaluate(id);
    }

    @PostMapping("/evaluate")
    @Operation(summary = "Evaluate inputs without storing them")
    ScenarioEvaluation evaluateUnsaved(@RequestBody BusinessCaseInput input) {
        return BusinessCaseScenarios.evaluate(0, input);
    }

    @GetMapping("/compare")
    @Operation(summary = "Several scenarios evaluated side by side (?ids=1,2)")
    List<ScenarioEvaluation> compare(@RequestParam List<Long> ids) {
        return scenarios.compare(ids);
    }

    @PostMapping("/{id}/savings-risk")
    @Operation(summary = "Monte Carlo of one offer's savings: probability of reaching the target, P10/P50/P90, tornado")
    SavingsRiskResult savingsRisk(@PathVariable long id, @RequestBody SavingsRiskRequest request) {
        return scenarios.savingsRisk(id, request);
    }
}
