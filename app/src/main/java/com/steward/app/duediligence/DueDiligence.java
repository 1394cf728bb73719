package com.steward.app.duediligence;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Roles;
import com.steward.app.security.VendorAccess;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due-diligence facade. Each vendor-owned read resolves the vendor through the scoped vendor
 * register first (404 outside the caller's scope); client lists are guarded here too, not only in
 * the web layer, because they are held under NDA. Every change is audited.
 */
@Service
public class DueDiligence {

    private final DueDiligenceRepository repository;
    private final VendorRegister vendors;
    private final AuditLog audit;
    private final VendorAccess access;
    private final Clock clock;

    DueDiligence(
            DueDiligenceRepository repository,
            VendorRegister vendors,
            AuditLog audit,
            VendorAccess access,
            Clock clock) {
        this.repository = repository;
        this.vendors = vendors;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    // --- our profile

    public OurProfile ourProfile() {
        return repository.ourProfile();
    }

    @Transactional
    public OurProfile updateOurProfile(UpdateOurProfileCommand command) {
        OurProfile before = repository.ourProfile();
        repository.saveOurProfile(command, clock.instant());
        OurProfile after = repository.ourProfile();
        audit.record(AuditAction.UPDATE, "our_profile", 1, null, before, after);
        return after;
    }

    // --- clients under NDA

    @PreAuthorize(Roles.MANAGERS)
    public List<VendorClient> clients(long vendorId) {
        vendors.get(vendorId);
        return repository.clients(vendorId, repository.ourProfile());
    }

    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public VendorClient addClient(long vendorId, AddVendorClientCommand command) {
        vendors.get(vendorId);
        long id = repository.insertClient(vendorId, command, clock.instant());
        VendorClient created =
                repository.client(vendorId, id, repository.ourProfile()).orElseThrow();
        audit.record(AuditAction.CREATE, "vendor_client", id, vendorId, null, created);
        return created;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public void removeClient(long vendorId, long clientId) {
        vendors.get(vendorId);
        VendorClient before = repository
                .client(vendorId, clientId, repository.ourProfile())
                .orElseThrow(() -> new NotFoundException("No client " + clientId + " at vendor " + vendorId));
        repository.deleteClient(vendorId, clientId);
        audit.record(AuditAction.DELETE, "vendor_client", clientId, vendorId, before, null);
    }

    // --- reference questions and calls

    public List<ReferenceQuestion> questions(boolean activeOnly) {
        return repository.questions(activeOnly);
    }

    @Transactional
    public ReferenceQuestion addQuestion(SaveReferenceQuestionCommand command) {
        long id = repository.insertQuestion(command);
        ReferenceQuestion created = repository.question(id).orElseThrow();
        audit.record(AuditAction.CREATE, "reference_question", id, null, null, created);
        return created;
    }

    @Transactional
    public ReferenceQuestion updateQuestion(long id, SaveReferenceQuestionCommand command) {
        ReferenceQuestion before =
                repository.question(id).orElseThrow(() -> new NotFoundException("No reference question " + id));
        repository.updateQuestion(id, command);
        ReferenceQuestion after = repository.question(id).orElseThrow();
        audit.record(AuditAction.UPDATE, "reference_question", id, null, before, after);
        return after;
    }

    public List<ReferenceCall> referenceCalls(long vendorId) {
        vendors.get(vendorId);
        return repository.referenceCalls(vendorId);
    }

    public ReferenceSummary referenceSummary(long vendorId) {
        return summarise(vendorId, referenceCalls(vendorId));
    }

    static ReferenceSummary summarise(long vendorId, List<ReferenceCall> calls) {
        if (calls.isEmpty()) {
            return new ReferenceSummary(vendorId, 0, null, null);
        }
        double average = calls.stream().mapToInt(ReferenceCall::score).average().orElseThrow();
        return new ReferenceSummary(
                vendorId, calls.size(), average, calls.getFirst().calledOn());
    }

    @Transactional
    public ReferenceCall recordReferenceCall(long vendorId, RecordReferenceCallCommand command) {
        vendors.get(vendorId);
        Map<Long, String> texts = new HashMap<>();
        repository.questions(false).forEach(q -> texts.put(q.id(), q.text()));
        for (Long questionId : command.answers().keySet()) {
            if (!texts.containsKey(questionId)) {
                throw new InvalidRequestException("answers", "answers: no reference question " + questionId);
            }
        }
        long id = repository.insertReferenceCall(vendorId, command, texts, access.currentActor(), clock.instant());
        ReferenceCall created = repository.referenceCalls(vendorId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(AuditAction.CREATE, "reference_call", id, vendorId, null, created);
        return created;
    }

    // --- interviews

    public List<AgentInterview> interviews(long vendorId) {
        vendors.get(vendorId);
        return repository.interviews(vendorId);
    }

    /** Averages over all interviews first, then per channel. */
    public List<InterviewAverages> interviewAverages(long vendorId) {
        return averages(interviews(vendorId));
    }

    static List<InterviewAverages> averages(List<AgentInterview> interviews) {
        List<InterviewAverages> result = new ArrayList<>();
        result.add(InterviewAverages.of(null, interviews));
        Arrays.stream(InterviewChannel.values())
                .forEach(channel -> result.add(InterviewAverages.of(
                        channel,
                        interviews.stream().filter(i -> i.channel() == channel).toList())));
        return result;
    }

    @Transactional
    public AgentInterview recordInterview(long vendorId, RecordInterviewCommand command) {
        vendors.get(vendorId);
        long id = repository.insertInterview(vendorId, command, access.currentActor(), clock.instant());
        AgentInterview created = repository.interviews(vendorId).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(AuditAction.CREATE, "agent_interview", id, vendorId, null, created);
        return created;
    }

    // --- workforce

    public WorkforceFacts workforce(long vendorId) {
        vendors.get(vendorId);
        return repository
                .workforce(vendorId)
                .orElseGet(() -> new WorkforceFacts(vendorId, null, null, null, false, "", null));
    }

    @Transactional
    public WorkforceFacts updateWorkforce(long vendorId, UpdateWorkforceFactsCommand command) {
        WorkforceFacts before = workforce(vendorId);
        repository.saveWorkforce(vendorId, command, clock.instant());
        WorkforceFacts after = workforce(vendorId);
        audit.record(
                before.updatedAt() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                "workforce_facts",
                vendorId,
                vendorId,
                before.updatedAt() == null ? null : before,
                after);
        return after;
    }

    // --- evidence for selection

    /** The numbers a selection shows next to its scores; client names are never part of it. */
    public VendorEvidence evidence(long vendorId) {
        vendors.get(vendorId);
        List<VendorClient> clients = repository.clients(vendorId, repository.ourProfile());
        List<AgentInterview> interviews = repository.interviews(vendorId);
        return new VendorEvidence(
                vendorId,
                (int) clients.stream().filter(VendorClient::matchesOurProfile).count(),
                clients.size(),
                summarise(vendorId, repository.referenceCalls(vendorId)),
                InterviewAverages.of(null, interviews),
                workforce(vendorId));
    }
}
