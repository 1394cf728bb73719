package com.steward.app.scorecards.web;

import com.steward.app.scorecards.QaCalibration;
import com.steward.app.scorecards.QaCalibrations;
import com.steward.app.scorecards.RunBatch;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.scorecards.Verification;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scorecard runs from the lake, publication, restatements and raw-data verification over REST. A VENDOR user reads
 * its own contracts' published runs; another vendor's answers 404.
 */
@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "Scorecard runs from raw interactions, published snapshots, restatements")
class ScorecardApiController {

    private final ScorecardRuns runs;
    private final QaCalibrations qa;

    ScorecardApiController(ScorecardRuns runs, QaCalibrations qa) {
        this.runs = runs;
        this.qa = qa;
    }

    /** Whether a vendor's QA is shown calibrated by its latest closed calibration session. */
    record QaCalibrationRequest(boolean applied) {}

    @GetMapping("/runs/{runId}/qa-calibration")
    @Operation(
            summary = "A run's metrics raw and calibrated",
            description = "QA lines calibrated by the offset of the vendor's latest closed calibration session when the"
                    + " vendor's switch is on, with that session; every other line the same in both columns.")
    QaCalibration qaCalibration(@PathVariable long runId) {
        return qa.forRun(runId);
    }

    @PutMapping("/vendors/{vendorId}/qa-calibration")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Switch the vendor's calibrated QA on or off (audited)")
    QaCalibrationRequest switchQaCalibration(@PathVariable long vendorId, @RequestBody QaCalibrationRequest request) {
        return new QaCalibrationRequest(qa.switchTo(vendorId, request.applied()));
    }

    /** A month ({@code yyyy-MM}) or an ISO week ({@code yyyy-Www}) to run. */
    record RunRequest(String period) {}

    /**
     * Why a published month is restated (required when it is), and why a run with insufficient data is published
     * anyway (required when it has insufficient data).
     */
    record PublishRequest(String reason, String override) {}

    /** A range of months for a run over all contracts (both optional: the latest month with data). */
    record BatchRequest(String from, String to) {}

    /** A vendor's self-reported KPIs for a month. */
    record VerifyRequest(String period, Map<String, Double> reported) {}

    @GetMapping("/contracts/{id}/runs")
    @Operation(summary = "Runs of a contract, newest month first (VENDOR: published versions only)")
    List<ScorecardRun> list(@PathVariable long id) {
        return runs.runs(id);
    }

    @PostMapping("/contracts/{id}/runs")
    @PreAuthorize(Roles.ANALYSTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Run the contract's scorecard for a month or an ISO week from the lake",
            description = "period is yyyy-MM or yyyy-Www (ISO week, Monday to Sunday). Vendor and in-house over the "
                    + "contract's scope; a draft. restatementRequired is true when the period is published and these "
                    + "numbers differ. A week's run has attainment and the score; credits and standings are monthly.")
    ScorecardRun run(@PathVariable long id, @RequestBody RunRequest request) {
        return runs.run(id, request == null ? null : request.period());
    }

    @GetMapping("/contracts/{id}/periods/{period}")
    @Operation(summary = "Every version of one month or week, oldest first, to compare side by side")
    List<ScorecardRun> versions(@PathVariable long id, @PathVariable String period) {
        return runs.versions(id, period);
    }

    @GetMapping("/runs/{runId}")
    @Operation(summary = "One run with its stored numbers and inputs")
    ScorecardRun get(@PathVariable long runId) {
        return runs.get(runId);
    }

    @PostMapping("/runs/{runId}/publish")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(
            summary = "Publish a run (freeze it)",
            description = "A month already published needs different numbers (409 otherwise) and a reason (400 "
                    + "otherwise): a restatement, the next version; the old version stays visible. A run with "
                    + "insufficient data (outside the term, a sample below its minimum, a value not reported) needs "
                    + "an override reason (400 otherwise). Results recorded by hand for the month are superseded.")
    ScorecardRun publish(@PathVariable long runId, @RequestBody(required = false) PublishRequest request) {
        return runs.publish(
                runId, request == null ? null : request.reason(), request == null ? null : request.override());
    }

    @PostMapping("/batches")
    @PreAuthorize(Roles.ANALYSTS)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Run every contract in the background; poll the batch for progress")
    RunBatch batch(@RequestBody(required = false) BatchRequest request) {
        return runs.startBatch(request == null ? null : request.from(), request == null ? null : request.to());
    }

    @GetMapping("/batches/{batchId}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Progress of a run over all contracts")
    RunBatch progress(@PathVariable String batchId) {
        return runs.batch(batchId);
    }

    @PostMapping("/contracts/{id}/verifications")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Check self-reported KPIs against the raw interactions",
            description = "reported: metric id → value. Each line gives Steward's value, the difference and whether "
                    + "the reported value lies outside the 95 % interval.")
    Verification verify(@PathVariable long id, @RequestBody VerifyRequest request) {
        return runs.verify(id, request == null ? null : request.period(), request == null ? null : request.reported());
    }

    @GetMapping("/verifications/{verificationId}")
    @Operation(summary = "One verification")
    Verification verification(@PathVariable long verificationId) {
        return runs.verification(verificationId);
    }
}
