package com.steward.app.relationship.web;

import com.steward.app.relationship.AnswerInput;
import com.steward.app.relationship.PulseSurvey;
import com.steward.app.relationship.PulseSurveys;
import com.steward.app.relationship.QuarterHealth;
import com.steward.app.relationship.RelationshipHealth;
import com.steward.app.relationship.SurveyInput;
import com.steward.app.relationship.SurveyResults;
import com.steward.app.relationship.VendorHealth;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Relationship health over REST: the health index per vendor and quarter beside the scorecard, pulse surveys, their
 * anonymous answers and aggregate results. A VENDOR user reads its own vendor's health and surveys (another
 * vendor's: 404) and answers its vendor's vendor-about-client survey.
 */
@RestController
@RequestMapping("/api/v1/relationship")
@Tag(name = "Relationship health", description = "Two-way pulse surveys and the relationship health index")
class RelationshipApiController {

    private final RelationshipHealth health;
    private final PulseSurveys surveys;

    RelationshipApiController(RelationshipHealth health, PulseSurveys surveys) {
        this.health = health;
        this.surveys = surveys;
    }

    @GetMapping("/health")
    @Operation(summary = "Every visible vendor: latest published scorecard score beside its latest health index")
    List<VendorHealth> overview() {
        return health.overview();
    }

    @GetMapping("/vendors/{id}/health")
    @Operation(summary = "The vendor's health index by quarter with its components (404 for another vendor)")
    List<QuarterHealth> history(@PathVariable long id) {
        return health.history(id);
    }

    @GetMapping("/surveys")
    @Operation(summary = "Pulse surveys visible to the caller, newest quarter first")
    List<PulseSurvey> list(@RequestParam(required = false) @Nullable Long vendorId) {
        return vendorId == null ? surveys.allVisibleSurveys() : surveys.visibleSurveys(vendorId);
    }

    @PostMapping("/surveys")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Open a survey for a vendor, direction and quarter (minimum group size default 5, at least 3)")
    ResponseEntity<PulseSurvey> create(@RequestBody SurveyInput input) {
        PulseSurvey created = surveys.create(input);
        return ResponseEntity.created(URI.create("/api/v1/relationship/surveys/" + created.id()))
                .body(created);
    }

    @GetMapping("/surveys/{id}")
    @Operation(summary = "One survey (404 when absent or another vendor's)")
    PulseSurvey get(@PathVariable long id) {
        return surveys.get(id);
    }

    @GetMapping("/surveys/{id}/results")
    @Operation(
            summary = "Aggregate results: means, distributions and comments only once closed and at the minimum"
                    + " group size; otherwise the count and why results are hidden")
    SurveyResults results(@PathVariable long id) {
        return surveys.results(id);
    }

    @PostMapping("/surveys/{id}/answers")
    @Operation(
            summary = "Answer once, anonymously: scores 1–5 for communication, trust, responsiveness, courtesy,"
                    + " promise_keeping, cultural_fit, change_handling and an optional comment")
    ResponseEntity<Void> answer(@PathVariable long id, @RequestBody AnswerInput input) {
        surveys.answer(id, input);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/surveys/{id}/close")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Close an open survey now, so its results can be shown")
    PulseSurvey close(@PathVariable long id) {
        return surveys.close(id);
    }
}
