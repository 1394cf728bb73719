package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewContext.optionalText;
import static com.steward.app.reviews.ReviewContext.requiredText;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.reviews.ActionRepository.ActionRow;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.web.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items agreed in reviews, with their update history. Reads follow the caller's vendor scope (another vendor's
 * action: 404). New actions: ADMIN, MANAGER, ANALYST. Updates (status and a note): ADMIN, MANAGER, ANALYST on any
 * action; a VENDOR user on its own vendor's VENDOR-side actions only (a client-side action: 403).
 */
@Service
public class ReviewActions {

    static final String AUDIT_ACTION = "review_action";

    private final ActionRepository repository;
    private final ReviewMeetings meetings;
    private final ReviewContext context;
    private final AuditLog audit;

    ReviewActions(ActionRepository repository, ReviewMeetings meetings, ReviewContext context, AuditLog audit) {
        this.repository = repository;
        this.meetings = meetings;
        this.context = context;
        this.audit = audit;
    }

    public List<ActionItem> actions(long vendorId) {
        context.vendor(vendorId);
        LocalDate today = context.today();
        return repository.actions(vendorId, context.scope()).stream()
                .map(a -> action(a, today, false))
                .toList();
    }

    /** Open and in-progress actions of the vendor, by due date. */
    public List<ActionItem> openActions(long vendorId) {
        return actions(vendorId).stream().filter(a -> !a.status().closed()).toList();
    }

    public ActionItem action(long id) {
        return repository
                .action(id, context.scope())
                .map(a -> action(a, context.today(), true))
                .orElseThrow(() -> ReviewNotFoundException.action(id));
    }

    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public ActionItem createAction(ActionInput input) {
        Vendor vendor = context.vendor(input.vendorId());
        String title = requiredText(input.title(), "title", 500);
        String owner = requiredText(input.ownerName(), "ownerName", 200);
        if (input.ownerSide() == null) {
            throw new InvalidRequestException("ownerSide", "say whether the owner is CLIENT or VENDOR");
        }
        if (input.dueDate() == null) {
            throw new InvalidRequestException("dueDate", "give a due date");
        }
        Long meetingId = meetings.sameVendorMeeting(input.meetingId(), vendor.id());
        String note = optionalText(input.note(), "note", 4000);
        long id = repository.insertAction(
                new ActionInput(vendor.id(), meetingId, title, owner, input.ownerSide(), input.dueDate(), note),
                context.actor(),
                context.now());
        repository.insertActionUpdate(
                id,
                ActionUpdate.written(null, ActionStatus.OPEN, note, context.side(), context.actor(), context.now()));
        ActionItem created = action(id);
        audit.record(AuditAction.CREATE, AUDIT_ACTION, id, vendor.id(), null, created);
        return created;
    }

    /**
     * Changes an action's status and/or adds a note to its history. Client staff who write may update any action; a
     * VENDOR user only its own vendor's VENDOR-side actions (another vendor's: 404; a client-side one: 403).
     */
    @Transactional
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    public ActionItem updateAction(long id, ActionUpdateInput input) {
        ActionItem before = action(id); // 404 first: another vendor's action is not even there for a VENDOR user
        if (context.vendorUser() && before.ownerSide() != Side.VENDOR) {
            throw new AccessDeniedException("A vendor updates its own side's actions only");
        }
        if (input.status() == null && (input.note() == null || input.note().isBlank())) {
            throw new InvalidRequestException("status", "change the status or write a note");
        }
        String note = optionalText(input.note(), "note", 4000);
        ActionStatus to = input.status() == null ? before.status() : input.status();
        LocalDate doneOn = to != ActionStatus.DONE
                ? null
                : before.status() == ActionStatus.DONE ? before.doneOn() : context.today();
        repository.updateActionStatus(id, to, doneOn, context.actor(), context.now());
        repository.insertActionUpdate(
                id, ActionUpdate.written(before.status(), to, note, context.side(), context.actor(), context.now()));
        ActionItem after = action(id);
        audit.record(AuditAction.UPDATE, AUDIT_ACTION, id, before.vendorId(), before, after);
        return after;
    }

    private ActionItem action(ActionRow a, LocalDate today, boolean withHistory) {
        return new ActionItem(
                a.id(),
                a.vendorId(),
                a.vendorName(),
                a.meetingId(),
                a.title(),
                a.ownerName(),
                a.ownerSide(),
                a.dueDate(),
                a.status(),
                a.doneOn(),
                !a.status().closed() && a.dueDate().isBefore(today),
                a.createdBy(),
                a.createdAt(),
                a.updatedBy(),
                a.updatedAt(),
                withHistory ? repository.actionUpdates(a.id()) : List.of());
    }
}
