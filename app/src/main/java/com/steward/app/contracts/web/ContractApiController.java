package com.steward.app.contracts.web;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardDefinition;
import com.steward.app.contracts.ScorecardInput;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.contracts.TeamMember;
import com.steward.app.contracts.TeamMemberInput;
import com.steward.app.contracts.TeamSummary;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
 * Contracts, scorecards, results and teams over REST. A VENDOR user reads only its own vendor's
 * contracts, without prices; another vendor's contract answers 404.
 */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(
        name = "Contracts",
        description = "Contracts, quality-first scorecards, service credits, standings and dedicated teams")
class ContractApiController {

    private final Contracts contracts;

    ContractApiController(Contracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @Operation(summary = "Contracts visible to the caller (a VENDOR user: its own, without prices)")
    List<Contract> list() {
        return contracts.visibleContracts();
    }

    @PostMapping
    @PreAuthorize(Roles.MANAGERS)
    @Operation(
            summary = "Create a contract",
            description = "Term, pricing link to a business-case offer (businessCaseId + offerName), scope and "
                    + "scorecard rules (defaults: 60 % quality share, threshold score 80, 0.5 % credit per point "
                    + "below, cap 10 %, earn-back after 3 good months, remediation after 2 and chronic after 3 "
                    + "periods below threshold). 400 names the offending field.")
    ResponseEntity<Contract> create(@RequestBody ContractInput input) {
        Contract created = contracts.create(input);
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contract (404 when absent or another vendor's)")
    Contract get(@PathVariable long id) {
        return contracts.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Change a contract (the vendor stays)")
    Contract update(@PathVariable long id, @RequestBody ContractInput input) {
        return contracts.update(id, input);
    }

    @GetMapping("/{id}/scorecard")
    @Operation(summary = "The scorecard definition, its quality share and any warning")
    ScorecardDefinition scorecard(@PathVariable long id) {
        return contracts.scorecard(id);
    }

    @PutMapping("/{id}/scorecard")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(
            summary = "Replace the scorecard",
            description = "Metric ids from the KPI catalogue (GET /api/v1/kpis/catalogue; volumes cannot be scored), "
                    + "target better than threshold in the metric's direction, weights summing to 100. When quality "
                    + "and customer metrics carry less than the contract's share, 400 on acknowledgeQualityShare "
                    + "unless it is true.")
    ScorecardDefinition defineScorecard(@PathVariable long id, @RequestBody ScorecardInput input) {
        return contracts.defineScorecard(id, input);
    }

    @GetMapping("/{id}/results")
    @Operation(
            summary = "Attainment per metric and overall, service credits and standings per month",
            description = "Attainment = 100 × clamp((measured − threshold) / (target − threshold), 0, 1); overall "
                    + "= weighted mean. Money fields are null for VENDOR users.")
    ScorecardResults results(@PathVariable long id) {
        return contracts.results(id);
    }

    @PostMapping("/{id}/results")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Record or correct one month's measured values (period yyyy-MM, values by metric id)")
    ScorecardResults record(@PathVariable long id, @RequestBody ResultInput input) {
        return contracts.recordResults(id, input);
    }

    @PostMapping("/{id}/results/csv")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Import measured values as CSV (body text/csv): period,metric_id,measured[,invoice_amount]")
    Map<String, Integer> importCsv(
            @PathVariable long id, @Parameter(description = "the CSV text") @RequestBody(required = false) String csv) {
        return Map.of("rows", contracts.importResults(id, csv));
    }

    @GetMapping("/{id}/team")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "The dedicated team's roster")
    List<TeamMember> team(@PathVariable long id) {
        return contracts.team(id);
    }

    @GetMapping("/{id}/team/summary")
    @PreAuthorize(Roles.STAFF)
    @Operation(
            summary = "Headcount, annualised attrition, tenure, share dedicated and certified over the last 12 months",
            description = "Attrition = leavers / average daily headcount × 365 / days (BLS JOLTS separations rate, "
                    + "SHRM turnover formula).")
    TeamSummary teamSummary(@PathVariable long id) {
        return contracts.teamSummary(id);
    }

    @PostMapping("/{id}/team")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Add an agent to the roster")
    ResponseEntity<TeamMember> addMember(@PathVariable long id, @RequestBody TeamMemberInput input) {
        TeamMember member = contracts.addMember(id, input);
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/team/" + member.id()))
                .body(member);
    }

    @PutMapping("/{id}/team/{memberId}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Change a roster line (e.g. record the end date when the agent leaves)")
    TeamMember updateMember(@PathVariable long id, @PathVariable long memberId, @RequestBody TeamMemberInput input) {
        return contracts.updateMember(id, memberId, input);
    }
}
