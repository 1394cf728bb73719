package com.steward.app.duediligence.web;

import com.steward.app.duediligence.AddVendorClientCommand;
import com.steward.app.duediligence.AgentInterview;
import com.steward.app.duediligence.DueDiligence;
import com.steward.app.duediligence.InterviewAverages;
import com.steward.app.duediligence.OurProfile;
import com.steward.app.duediligence.RecordInterviewCommand;
import com.steward.app.duediligence.RecordReferenceCallCommand;
import com.steward.app.duediligence.ReferenceCall;
import com.steward.app.duediligence.ReferenceQuestion;
import com.steward.app.duediligence.ReferenceSummary;
import com.steward.app.duediligence.SaveReferenceQuestionCommand;
import com.steward.app.duediligence.UpdateOurProfileCommand;
import com.steward.app.duediligence.UpdateWorkforceFactsCommand;
import com.steward.app.duediligence.VendorClient;
import com.steward.app.duediligence.WorkforceFacts;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Due diligence over REST. Client staff only (VENDOR users get 403): client lists under NDA are
 * for ADMIN and MANAGER; reference calls, interviews and workforce facts are read by all staff and
 * recorded by ADMIN, MANAGER and ANALYST.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Roles.STAFF)
@Tag(name = "Due diligence", description = "Clients under NDA, reference checks, agent interviews, workforce facts")
class DueDiligenceApiController {

    /** Reference calls about a vendor with their summary. */
    record ReferenceChecks(ReferenceSummary summary, List<ReferenceCall> calls) {}

    /** Agent interviews of a vendor with averages overall (channel null) and per channel. */
    record Interviews(List<InterviewAverages> averages, List<AgentInterview> interviews) {}

    private final DueDiligence dueDiligence;

    DueDiligenceApiController(DueDiligence dueDiligence) {
        this.dueDiligence = dueDiligence;
    }

    @GetMapping("/due-diligence/our-profile")
    @Operation(summary = "Our industry and scale, against which vendors' clients are matched")
    OurProfile ourProfile() {
        return dueDiligence.ourProfile();
    }

    @PutMapping("/due-diligence/our-profile")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Set our industry and scale (tolerance 0.5 = similar volume within ±50 %)")
    OurProfile updateOurProfile(@Valid @RequestBody UpdateOurProfileCommand command) {
        return dueDiligence.updateOurProfile(command);
    }

    @GetMapping("/due-diligence/reference-questions")
    @Operation(summary = "The reference-call question set (inactive questions included)")
    List<ReferenceQuestion> questions() {
        return dueDiligence.questions(false);
    }

    @PostMapping("/due-diligence/reference-questions")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Add a reference-call question")
    ResponseEntity<ReferenceQuestion> addQuestion(@Valid @RequestBody SaveReferenceQuestionCommand command) {
        ReferenceQuestion question = dueDiligence.addQuestion(command);
        return ResponseEntity.created(URI.create("/api/v1/due-diligence/reference-questions/" + question.id()))
                .body(question);
    }

    @PutMapping("/due-diligence/reference-questions/{questionId}")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Change or retire a reference-call question (past answers keep the text as asked)")
    ReferenceQuestion updateQuestion(
            @PathVariable long questionId, @Valid @RequestBody SaveReferenceQuestionCommand command) {
        return dueDiligence.updateQuestion(questionId, command);
    }

    @GetMapping("/vendors/{id}/clients")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "The vendor's clients under NDA, each marked whether it matches our industry and scale")
    List<VendorClient> clients(@PathVariable long id) {
        return dueDiligence.clients(id);
    }

    @PostMapping("/vendors/{id}/clients")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Record a client of the vendor (under NDA)")
    ResponseEntity<VendorClient> addClient(@PathVariable long id, @Valid @RequestBody AddVendorClientCommand command) {
        VendorClient client = dueDiligence.addClient(id, command);
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + id + "/clients/" + client.id()))
                .body(client);
    }

    @DeleteMapping("/vendors/{id}/clients/{clientId}")
    @PreAuthorize(Roles.MANAGERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a client of the vendor")
    void removeClient(@PathVariable long id, @PathVariable long clientId) {
        dueDiligence.removeClient(id, clientId);
    }

    @GetMapping("/vendors/{id}/reference-checks")
    @Operation(summary = "Reference calls about the vendor, newest first, with their summary")
    ReferenceChecks referenceChecks(@PathVariable long id) {
        List<ReferenceCall> calls = dueDiligence.referenceCalls(id);
        return new ReferenceChecks(dueDiligence.referenceSummary(id), calls);
    }

    @PostMapping("/vendors/{id}/reference-checks")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Record a reference call: answers by question id, overall score 1–5")
    ResponseEntity<ReferenceCall> recordReferenceCall(
            @PathVariable long id, @Valid @RequestBody RecordReferenceCallCommand command) {
        ReferenceCall call = dueDiligence.recordReferenceCall(id, command);
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + id + "/reference-checks/" + call.id()))
                .body(call);
    }

    @GetMapping("/vendors/{id}/interviews")
    @Operation(summary = "Agent interviews of the vendor with rubric averages overall and by channel")
    Interviews interviews(@PathVariable long id) {
        return new Interviews(dueDiligence.interviewAverages(id), dueDiligence.interviews(id));
    }

    @PostMapping("/vendors/{id}/interviews")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Record an agent interview (in person or by phone), rubric items scored 1–5")
    ResponseEntity<AgentInterview> recordInterview(
            @PathVariable long id, @Valid @RequestBody RecordInterviewCommand command) {
        AgentInterview interview = dueDiligence.recordInterview(id, command);
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + id + "/interviews/" + interview.id()))
                .body(interview);
    }

    @GetMapping("/vendors/{id}/workforce")
    @Operation(summary = "Agent pay vs market, attrition, tenure, dedicated team offered")
    WorkforceFacts workforce(@PathVariable long id) {
        return dueDiligence.workforce(id);
    }

    @PutMapping("/vendors/{id}/workforce")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Replace the vendor's workforce facts")
    WorkforceFacts updateWorkforce(@PathVariable long id, @Valid @RequestBody UpdateWorkforceFactsCommand command) {
        return dueDiligence.updateWorkforce(id, command);
    }
}
