package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewContext.optionalText;
import static com.steward.app.reviews.ReviewContext.requiredText;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.reviews.PromiseRepository.PromiseRow;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.governance.PromiseKeeping;
import com.steward.core.governance.PromiseStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises made in reviews, by either side, with their outcomes and the kept rate per side and quarter. Reads follow
 * the caller's vendor scope (another vendor's promise: 404). New promises: ADMIN, MANAGER, ANALYST; outcomes: ADMIN,
 * MANAGER; progress reports: client staff who write on any promise, a VENDOR user on its own VENDOR-side ones.
 */
@Service
public class ReviewPromises {

    static final String AUDIT_PROMISE = "review_promise";

    private final PromiseRepository repository;
    private final ReviewMeetings meetings;
    private final ReviewContext context;
    private final AuditLog audit;

    ReviewPromises(PromiseRepository repository, ReviewMeetings meetings, ReviewContext context, AuditLog audit) {
        this.repository = repository;
        this.meetings = meetings;
        this.context = context;
        this.audit = audit;
    }

    public List<Promise> promises(long vendorId) {
        context.vendor(vendorId);
        LocalDate today = context.today();
        return repository.promises(vendorId, context.scope()).stream()
                .map(p -> promise(p, today))
                .toList();
    }

    /** The vendor's promises due in {@code [from, to]} with their outcome as of today. */
    public List<Promise> promisesDueBetween(long vendorId, LocalDate from, LocalDate to) {
        return promises(vendorId).stream()
                .filter(p -> !p.dueDate().isBefore(from) && !p.dueDate().isAfter(to))
                .toList();
    }

    public Promise promise(long id) {
        return repository
                .promise(id, context.scope())
                .map(p -> promise(p, context.today()))
                .orElseThrow(() -> ReviewNotFoundException.promise(id));
    }

    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public Promise createPromise(PromiseInput input) {
        Vendor vendor = context.vendor(input.vendorId());
        String what = requiredText(input.what(), "what", 2000);
        String by = requiredText(input.promisedBy(), "promisedBy", 200);
        if (input.side() == null) {
            throw new InvalidRequestException("side", "say whether the promise is the CLIENT's or the VENDOR's");
        }
        LocalDate madeOn = input.madeOn() == null ? context.today() : input.madeOn();
        if (input.dueDate() == null) {
            throw new InvalidRequestException("dueDate", "give a due date");
        }
        if (input.dueDate().isBefore(madeOn)) {
            throw new InvalidRequestException("dueDate", PromiseInput.DUE_BEFORE_MADE);
        }
        Long meetingId = meetings.sameVendorMeeting(input.meetingId(), vendor.id());
        long id = repository.insertPromise(
                new PromiseInput(vendor.id(), meetingId, what, by, input.side(), madeOn, input.dueDate()),
                context.actor(),
                context.now());
        Promise created = promise(id);
        audit.record(AuditAction.CREATE, AUDIT_PROMISE, id, vendor.id(), null, created);
        return created;
    }

    /** Records whether the promise was kept (and on which day) or broken, or opens it again. ADMIN, MANAGER. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Promise recordOutcome(long id, OutcomeInput input) {
        Promise before = promise(id);
        if (input.status() == null) {
            throw new InvalidRequestException("status", "choose KEPT, BROKEN or OPEN");
        }
        LocalDate keptOn = null;
        if (input.status() == PromiseStatus.KEPT) {
            LocalDate today = context.today();
            keptOn = input.keptOn() == null ? today : input.keptOn();
            if (keptOn.isBefore(before.madeOn())) {
                throw new InvalidRequestException("keptOn", "a promise cannot be kept before it was made");
            }
            if (keptOn.isAfter(today)) {
                throw new InvalidRequestException("keptOn", "a promise cannot be kept in the future");
            }
        } else if (input.keptOn() != null) {
            throw new InvalidRequestException("keptOn", "only a kept promise has a day it was kept");
        }
        String note = optionalText(input.note(), "note", 2000);
        repository.updateOutcome(id, input.status(), keptOn, note, context.actor(), context.now());
        Promise after = promise(id);
        audit.record(AuditAction.UPDATE, AUDIT_PROMISE, id, before.vendorId(), before, after);
        return after;
    }

    /**
     * Adds a dated progress report to a promise (appended to its notes, e.g. "2026-03-20 acme-am: root-cause analysis
     * sent"). A VENDOR user reports on its own vendor's VENDOR-side promises only (another vendor's: 404; a client-side
     * one: 403); client staff who write may report on any. The outcome stays the client's to record: a vendor reports
     * progress, it does not certify its own promise as kept.
     */
    @Transactional
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    public Promise reportOnPromise(long id, @Nullable String report) {
        Promise before = promise(id); // 404 first for another vendor's promise
        if (context.vendorUser() && before.side() != Side.VENDOR) {
            throw new AccessDeniedException("A vendor reports on its own side's promises only");
        }
        String text = requiredText(report, "report", 1000);
        String line = context.today() + " " + context.actor() + ": " + text;
        String notes = before.note() == null || before.note().isBlank() ? line : before.note() + "\n" + line;
        if (notes.length() > 2000) {
            throw new InvalidRequestException(
                    "report", "this promise's notes are full (2,000 characters); record its outcome instead");
        }
        repository.updatePromiseNote(id, notes, context.actor(), context.now());
        Promise after = promise(id);
        audit.record(AuditAction.UPDATE, AUDIT_PROMISE, id, before.vendorId(), before, after);
        return after;
    }

    /** The promises-kept rate per side and quarter (by due date), oldest quarter first, CLIENT then VENDOR. */
    public List<KeptRate> keptRates(long vendorId) {
        List<Promise> all = promises(vendorId);
        LocalDate today = context.today();
        List<KeptRate> out = new ArrayList<>();
        for (Side side : Side.values()) {
            List<PromiseKeeping.Promise> facts = all.stream()
                    .filter(p -> p.side() == side)
                    .map(p -> new PromiseKeeping.Promise(p.dueDate(), p.status(), p.keptOn()))
                    .toList();
            for (PromiseKeeping.QuarterRate r : PromiseKeeping.keptRates(facts, today)) {
                out.add(KeptRate.of(side, r));
            }
        }
        return out;
    }

    private static Promise promise(PromiseRow p, LocalDate today) {
        return new Promise(
                p.id(),
                p.vendorId(),
                p.vendorName(),
                p.meetingId(),
                p.what(),
                p.promisedBy(),
                p.side(),
                p.madeOn(),
                p.dueDate(),
                p.status(),
                p.keptOn(),
                PromiseKeeping.outcome(new PromiseKeeping.Promise(p.dueDate(), p.status(), p.keptOn()), today),
                p.note(),
                p.createdBy(),
                p.createdAt(),
                p.updatedBy(),
                p.updatedAt());
    }
}
