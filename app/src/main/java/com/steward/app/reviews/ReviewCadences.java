package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewContext.minutes;
import static com.steward.app.reviews.ReviewContext.optionalText;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.reviews.CadenceRepository.CadenceRow;
import com.steward.app.reviews.CadenceRepository.CadenceValues;
import com.steward.app.reviews.MeetingRepository.NewMeeting;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.governance.Recurrence;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vendor's review cadences (one per kind) and the meetings they plan onto the calendar. Reads follow the caller's
 * vendor scope (another vendor's cadence: 404); saving a cadence and planning its meetings: ADMIN, MANAGER.
 */
@Service
public class ReviewCadences {

    static final String AUDIT_CADENCE = "review_cadence";

    private final CadenceRepository repository;
    private final MeetingRepository meetings;
    private final Agendas agendas;
    private final ReviewContext context;
    private final AuditLog audit;

    ReviewCadences(
            CadenceRepository repository,
            MeetingRepository meetings,
            Agendas agendas,
            ReviewContext context,
            AuditLog audit) {
        this.repository = repository;
        this.meetings = meetings;
        this.agendas = agendas;
        this.context = context;
        this.audit = audit;
    }

    public List<Cadence> cadences(long vendorId) {
        context.vendor(vendorId);
        return repository.cadences(vendorId, context.scope()).stream()
                .map(this::cadence)
                .toList();
    }

    public Cadence cadence(long id) {
        return repository
                .cadence(id, context.scope())
                .map(this::cadence)
                .orElseThrow(() -> ReviewNotFoundException.cadence(id));
    }

    /** Creates the vendor's cadence of this kind, or changes it when there is one (one cadence per kind). */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Cadence saveCadence(CadenceInput input) {
        if (input.kind() == null) {
            throw new InvalidRequestException(
                    "kind", "choose WEEKLY_OPERATIONS, MONTHLY_REVIEW or QUARTERLY_BUSINESS_REVIEW");
        }
        Vendor vendor = context.externalVendor(input.vendorId());
        if (input.firstAt() == null) {
            throw new InvalidRequestException("firstAt", "give the first meeting's date and time");
        }
        CadenceValues values = new CadenceValues(
                ZonedDateTime.of(input.firstAt(), context.zone()).toInstant(),
                minutes(input.durationMinutes(), input.kind()),
                optionalText(input.location(), "location", 300),
                input.active() == null || input.active());
        Optional<CadenceRow> existing = repository.cadenceOfKind(vendor.id(), input.kind());
        long id;
        if (existing.isPresent()) {
            Cadence before = cadence(existing.get());
            id = before.id();
            repository.updateCadence(id, values);
            audit.record(AuditAction.UPDATE, AUDIT_CADENCE, id, vendor.id(), before, cadence(id));
        } else {
            id = repository.insertCadence(vendor.id(), input.kind(), values, context.actor(), context.now());
            audit.record(AuditAction.CREATE, AUDIT_CADENCE, id, vendor.id(), null, cadence(id));
        }
        return cadence(id);
    }

    /**
     * Plans the cadence's meetings from today (or its first occurrence, if later) up to {@code weeks} ahead (default
     * {@link Reviews#horizonWeeks()}). Idempotent: an occurrence that already has a meeting gets none again.
     */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Generation generate(long cadenceId, @Nullable Integer weeks) {
        int w = weeks == null ? context.horizonWeeks() : weeks;
        if (w < 1 || w > 104) {
            throw new InvalidRequestException("weeks", "plan 1 to 104 weeks ahead");
        }
        Instant from = context.today().atStartOfDay(context.zone()).toInstant();
        return plan(cadenceId, from, from.plus(7L * w, ChronoUnit.DAYS));
    }

    /** Plans the cadence's meetings with start in {@code [from, to]}; idempotent (see {@link #generate(long, Integer)}). */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public Generation generate(long cadenceId, Instant from, Instant to) {
        return plan(cadenceId, from, to);
    }

    private Generation plan(long cadenceId, Instant from, Instant to) {
        Cadence cadence = cadence(cadenceId);
        if (!cadence.active()) {
            throw new ConflictException("The cadence is paused; activate it before planning meetings");
        }
        Set<Instant> planned = meetings.plannedStarts(cadenceId);
        List<Instant> occurrences = Recurrence.occurrences(
                cadence.firstLocal(), context.zone(), cadence.kind().frequency(), from, to);
        List<Long> created = new ArrayList<>();
        int already = 0;
        for (Instant at : occurrences) {
            if (planned.contains(at)) {
                already++;
                continue;
            }
            NewMeeting meeting = new NewMeeting(
                    cadence.vendorId(),
                    cadenceId,
                    cadence.kind(),
                    cadence.kind().title(),
                    at,
                    cadence.durationMinutes(),
                    cadence.location());
            long id = meetings.insertMeeting(meeting, context.actor(), context.now());
            agendas.fill(id);
            created.add(id);
            Map<String, Object> summary =
                    Map.of("kind", cadence.kind().name(), "scheduledAt", at.toString(), "cadenceId", cadenceId);
            audit.record(AuditAction.CREATE, ReviewMeetings.AUDIT_MEETING, id, cadence.vendorId(), null, summary);
        }
        return new Generation(cadenceId, from, to, created, already);
    }

    private Cadence cadence(CadenceRow c) {
        return new Cadence(
                c.id(),
                c.vendorId(),
                c.vendorName(),
                c.kind(),
                c.firstAt(),
                LocalDateTime.ofInstant(c.firstAt(), context.zone()),
                context.zone().getId(),
                c.durationMinutes(),
                c.location(),
                c.active(),
                c.createdBy(),
                c.createdAt());
    }
}
