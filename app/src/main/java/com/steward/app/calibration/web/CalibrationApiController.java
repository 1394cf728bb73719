package com.steward.app.calibration.web;

import com.steward.app.calibration.CalibrationSessions;
import com.steward.app.calibration.Dispute;
import com.steward.app.calibration.DisputeInput;
import com.steward.app.calibration.ResolutionInput;
import com.steward.app.calibration.ScoresInput;
import com.steward.app.calibration.SessionInput;
import com.steward.app.calibration.SessionSummary;
import com.steward.app.calibration.SessionView;
import com.steward.app.calibration.TrendPoint;
import com.steward.app.calibration.VendorCalibration;
import com.steward.app.security.Roles;
import com.steward.app.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * QA calibration over REST. Every signed-in user may read what its scope allows (a VENDOR user: sessions sampling
 * its vendor, its own graders and offset); client editors create and close sessions and resolve disputes; graders
 * score; a VENDOR user disputes.
 */
@RestController
@RequestMapping("/api/v1/calibration")
@Tag(name = "QA calibration", description = "Calibration sessions, grader alignment, inter-rater reliability")
@PreAuthorize("isAuthenticated()")
class CalibrationApiController {

    private final CalibrationSessions sessions;

    CalibrationApiController(CalibrationSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/sessions")
    @Operation(summary = "The sessions the caller may see")
    List<SessionSummary> sessions() {
        return sessions.sessions();
    }

    @PostMapping("/sessions")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Create a session: draw the blind sample from the lake, stratified by vendor")
    ResponseEntity<SessionView> create(@RequestBody SessionInput input) {
        long id = sessions.create(input);
        return ResponseEntity.created(URI.create("/api/v1/calibration/sessions/" + id))
                .body(sessions.session(id));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "One session, scoped to the caller; results once closed")
    SessionView session(@PathVariable long id) {
        return sessions.session(id);
    }

    @PostMapping("/sessions/{id}/scores")
    @Operation(summary = "The caller's scores (graders only); all stored or none")
    Map<String, Integer> score(@PathVariable long id, @RequestBody ScoresInput input) {
        return Map.of("saved", sessions.score(id, input == null ? List.of() : input.scores()));
    }

    @PostMapping("/sessions/{id}/close")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Close the session and compute its results")
    SessionView close(@PathVariable long id) {
        return sessions.close(id);
    }

    @PostMapping("/sessions/{id}/disputes")
    @PreAuthorize(Roles.VENDORS)
    @Operation(summary = "Dispute the expert's score on one of the caller's vendor's interactions")
    ResponseEntity<Dispute> dispute(@PathVariable long id, @RequestBody DisputeInput input) {
        Dispute created = sessions.dispute(id, input);
        return ResponseEntity.status(201).body(created);
    }

    @PostMapping("/disputes/{id}/resolve")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Uphold (with the corrected score) or reject a dispute")
    Dispute resolve(@PathVariable long id, @RequestBody ResolutionInput input) {
        return sessions.resolve(id, input);
    }

    @GetMapping("/trend")
    @Operation(summary = "Reliability and alignment across the closed sessions the caller may see")
    List<TrendPoint> trend() {
        return sessions.trend();
    }

    @GetMapping("/vendors/{id}/offset")
    @Operation(summary = "The vendor's calibration offset from its latest closed session (404 when none)")
    VendorCalibration offset(@PathVariable long id) {
        return sessions.latestOffset(id)
                .orElseThrow(() -> new NotFoundException("No calibration offset for vendor " + id));
    }
}
