package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewContext.minutes;
import static com.steward.app.reviews.ReviewContext.optionalText;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.reviews.MeetingRepository.MeetingRow;
import com.steward.app.reviews.MeetingRepository.NewMeeting;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review meetings: planned one-offs, their pre-filled agendas ({@link Agendas}), minutes and attendees, held or
 * cancelled. Reads follow the caller's vendor scope (another vendor's meeting: 404). Planning, regenerating the agenda,
 * marking held and cancelling: ADMIN, MANAGER; minutes and attendees: ADMIN, MANAGER, ANALYST.
 */
@Service
public class ReviewMeetings {

    static final String AUDIT_MEETING = "review_meeting";

    private final MeetingRepository repository;
    private final Agendas agendas;
    private final ReviewContext context;
    private final AuditLog audit;

    ReviewMeetings(MeetingRepository repository, Agendas agendas, ReviewContext context, AuditLog audit) {
        this.repository = repository;
        this.agendas = agendas;
        this.context = context;
        this.audit = audit;
    }

    /** The vendor's meetings, oldest first. */
    public List<Meeting> meetings(long vendorId) {
        return meetingsBetween(vendorId, null, null);
    }

    /** The vendor's meetings whose day (in the reviews' zone) is in {@code [from, to]}; a null bound is open. */
    public List<Meeting> meetingsBetween(long vendorId, @Nullable LocalDate from, @Nullable LocalDate to) {
        context.vendor(vendorId);
        Instant start = from == null ? null : from.atStartOfDay(context.zone()).toInstant();
        Instant end =
                to == null ? null : to.plusDays(1).atStartOfDay(context.zone()).toInstant();
        return repository.meetings(vendorId, context.scope(), start, end).stream()
                .map(this::meeting)
                .toList();
    }

    public Meeting meeting(long id) {
        return repository
                .meeting(id, context.scope())
                .map(this::meeting)
                .orElseThrow(() -> ReviewNotFoundException.meeting(id));
    }

    /** The latest meeting of the vendor that has an agenda and is not cancelled: held or next to come. */
    public Optional<Meeting> latestAgenda(long vendorId) {
        List<Meeting> all = meetings(vendorId);
        Instant now = context.now();
        Optional<Meeting> next = all.stream()
                .filter(m ->
                        m.status() == MeetingStatus.PLANNED && !m.scheduledAt().isBefore(now.minus(1, ChronoUnit.DAYS)))
                .filter(m -> m.agenda() != null)
                .findFirst();
        if (next.isPresent()) {
            return next;
        }
        return all.reversed().stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED && m.agenda() != null)
                .findFirst();
    }

    /** Plans a one-off meeting; its agenda is pre-filled. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Meeting createMeeting(MeetingInput input) {
        if (input.kind() == null) {
            throw new InvalidRequestException("kind", "choose the kind of review");
        }
        Vendor vendor = context.externalVendor(input.vendorId());
        if (input.scheduledAt() == null) {
            throw new InvalidRequestException("scheduledAt", "give the meeting's date and time");
        }
        String title = optionalText(input.title(), "title", 300);
        NewMeeting meeting = new NewMeeting(
                vendor.id(),
                null,
                input.kind(),
                title == null ? input.kind().title() : title,
                ZonedDateTime.of(input.scheduledAt(), context.zone()).toInstant(),
                minutes(input.durationMinutes(), input.kind()),
                optionalText(input.location(), "location", 300));
        long id = repository.insertMeeting(meeting, context.actor(), context.now());
        agendas.fill(id);
        Meeting created = meeting(id);
        audit.record(AuditAction.CREATE, AUDIT_MEETING, id, vendor.id(), null, created);
        return created;
    }

    /** Pre-fills the agenda again from the current data (the snapshot is replaced). */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Meeting regenerateAgenda(long id) {
        Meeting before = meeting(id);
        if (before.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("The meeting was cancelled");
        }
        agendas.fill(id);
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before.agenda(), after.agenda());
        return after;
    }

    /** Records minutes, next steps and attendance (replacing what was recorded). */
    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public Meeting recordMinutes(long id, MinutesInput input) {
        Meeting before = meeting(id);
        if (before.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("The meeting was cancelled; it has no minutes");
        }
        String minutes = optionalText(input.minutes(), "minutes", 100_000);
        String next = optionalText(input.nextSteps(), "nextSteps", 20_000);
        List<Attendee> attendees = attendees(input.attendees());
        repository.updateMinutes(id, minutes, next, attendees, context.now());
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before, after);
        return after;
    }

    private static List<Attendee> attendees(@Nullable List<Attendee> input) {
        List<Attendee> attendees = new ArrayList<>();
        for (Attendee a : input == null ? List.<Attendee>of() : input) {
            String name = a == null ? null : optionalText(a.name(), "attendees.name", 200);
            if (a == null || name == null) {
                continue;
            }
            if (a.side() == null) {
                throw new InvalidRequestException("attendees.side", "say whether " + name + " is CLIENT or VENDOR");
            }
            attendees.add(
                    new Attendee(name, a.side(), optionalText(a.jobTitle(), "attendees.jobTitle", 200), a.present()));
        }
        if (attendees.size() > 100) {
            throw new InvalidRequestException("attendees", "at most 100 attendees");
        }
        return attendees;
    }

    /** Marks the meeting held at {@code heldAt} (default: its scheduled start). */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Meeting markHeld(long id, @Nullable Instant heldAt) {
        Meeting before = meeting(id);
        if (before.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("The meeting was cancelled");
        }
        Instant at = heldAt == null ? before.scheduledAt() : heldAt;
        if (at.isAfter(context.now().plus(1, ChronoUnit.DAYS))) {
            throw new InvalidRequestException("heldAt", "a meeting cannot be held in the future");
        }
        repository.markHeld(id, at, context.now());
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before, after);
        return after;
    }

    /** Calls the meeting off; the calendar shows it CANCELLED with a raised SEQUENCE. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Meeting cancel(long id, @Nullable String reason) {
        Meeting before = meeting(id);
        if (before.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("Only a planned meeting can be cancelled; this one is "
                    + before.status().name().toLowerCase(Locale.ROOT));
        }
        repository.cancel(id, optionalText(reason, "reason", 2000), context.now());
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before, after);
        return after;
    }

    /** The meeting if it is visible and the vendor's; null stays null (an action or promise of no meeting). */
    @Nullable
    Long sameVendorMeeting(@Nullable Long meetingId, long vendorId) {
        if (meetingId == null) {
            return null;
        }
        MeetingRow m = repository
                .meeting(meetingId, context.scope())
                .orElseThrow(() -> new InvalidRequestException("meetingId", "no such meeting"));
        if (m.vendorId() != vendorId) {
            throw new InvalidRequestException("meetingId", "the meeting is another vendor's");
        }
        return m.id();
    }

    private Meeting meeting(MeetingRow m) {
        return new Meeting(
                m.id(),
                m.vendorId(),
                m.vendorCode(),
                m.vendorName(),
                m.cadenceId(),
                m.kind(),
                m.title(),
                m.scheduledAt(),
                m.durationMinutes(),
                m.location(),
                m.status(),
                m.heldAt(),
                agendas.read(m.agendaJson()),
                m.minutes(),
                m.nextSteps(),
                m.cancelReason(),
                m.sequence(),
                m.createdBy(),
                m.createdAt(),
                m.updatedAt(),
                repository.attendees(m.id()));
    }
}
