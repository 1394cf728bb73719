package com.steward.app.relationship;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.security.Roles;
import com.steward.app.security.StewardUser;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.calendar.Quarter;
import com.steward.core.relationship.HealthIndex;
import com.steward.core.relationship.LikertSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pulse surveys' facade. Surveys are read in the caller's vendor scope (a VENDOR user sees its own vendor's
 * surveys of both directions, another vendor's: 404). Client staff answer client-about-vendor surveys, a vendor's
 * users answer their vendor's vendor-about-client survey; each person once. Answers are stored apart from who
 * answered, with no time, and are never audited (an audit entry would tie a person to a moment). Results are the
 * whole survey's aggregates only, shown once the survey has closed and only if it has at least the minimum group
 * size of responses: no per-respondent rows, no filters, no live results whose changes would reveal one answer.
 */
@Service
public class PulseSurveys {

    static final String AUDIT_SURVEY = "pulse_survey";

    /** The default minimum group size for showing results. */
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    /** No survey may show results for fewer responses than this. */
    public static final int SMALLEST_GROUP_SIZE = 3;

    static final int MAX_COMMENT = 2000;

    private final RelationshipRepository repository;
    private final VendorRegister vendors;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PulseSurveys(
            RelationshipRepository repository,
            VendorRegister vendors,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.vendors = vendors;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every survey visible to the caller, newest quarter first. */
    public List<PulseSurvey> allVisibleSurveys() {
        return repository.surveys(access.currentScope(), Optional.empty());
    }

    /** The surveys of one vendor visible to the caller (none for another vendor's user), newest quarter first. */
    public List<PulseSurvey> visibleSurveys(long vendorId) {
        return repository.surveys(access.currentScope(), Optional.of(vendorId));
    }

    public PulseSurvey get(long id) {
        return repository.survey(id, access.currentScope()).orElseThrow(() -> SurveyNotFoundException.forId(id));
    }

    /** Opens a new survey (managers); one per vendor, direction and quarter. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public PulseSurvey create(SurveyInput input) {
        if (input == null || input.vendorId() == null) {
            throw new InvalidRequestException("vendorId", "choose a vendor");
        }
        Vendor vendor = vendors.get(input.vendorId());
        if (vendor.inHouse()) {
            throw new InvalidRequestException("vendorId", "the in-house center is not surveyed as a vendor");
        }
        if (input.direction() == null) {
            throw new InvalidRequestException("direction", "choose CLIENT_ABOUT_VENDOR or VENDOR_ABOUT_CLIENT");
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(input.quarter());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("quarter", e.getMessage());
        }
        LocalDate opens = input.opensOn() == null ? today() : input.opensOn();
        LocalDate closes = input.closesOn() == null ? opens.plusDays(14) : input.closesOn();
        if (closes.isBefore(opens)) {
            throw new InvalidRequestException("closesOn", "the survey must close on or after it opens (" + opens + ")");
        }
        int min = input.minGroupSize() == null ? DEFAULT_MIN_GROUP_SIZE : input.minGroupSize();
        if (min < SMALLEST_GROUP_SIZE || min > 1000) {
            throw new InvalidRequestException(
                    "minGroupSize", "the minimum group size must be between " + SMALLEST_GROUP_SIZE + " and 1000");
        }
        if (repository.surveyExists(vendor.id(), input.direction(), quarter.toString())) {
            throw new ConflictException("There is already a "
                    + input.direction().label().toLowerCase() + " survey of " + vendor.name() + " for " + quarter);
        }
        long id = repository.insertSurvey(
                vendor.id(),
                input.direction(),
                quarter.toString(),
                opens,
                closes,
                min,
                access.currentActor(),
                clock.instant());
        PulseSurvey created = repository.survey(id, VendorScope.all()).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_SURVEY, id, vendor.id(), null, created);
        return created;
    }

    /** Closes an open survey now (managers): its results can then be shown. */
    @Transactional
    @PreAuthorize(Roles.MANAGERS)
    public PulseSurvey close(long id) {
        PulseSurvey before = get(id);
        if (before.isClosed(today())) {
            throw new ConflictException("The survey is already closed");
        }
        repository.closeEarly(id);
        PulseSurvey after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_SURVEY, id, after.vendorId(), before, after);
        return after;
    }

    /** Whether the signed-in user is one of those who answer this survey (by direction and role). */
    public boolean isRespondent(PulseSurvey survey) {
        StewardUser user = currentUser().orElse(null);
        if (user == null) {
            return false;
        }
        return survey.direction() == SurveyDirection.CLIENT_ABOUT_VENDOR
                ? user.role() != Role.VENDOR
                : user.role() == Role.VENDOR && Long.valueOf(survey.vendorId()).equals(user.vendorId());
    }

    /** Whether the signed-in user has answered this survey already. */
    public boolean hasAnswered(long surveyId) {
        PulseSurvey survey = get(surveyId);
        return currentUser()
                .map(u -> repository.hasParticipated(survey.id(), u.id()))
                .orElse(false);
    }

    /**
     * Records one answer of the signed-in user: 404 if the survey is not visible, 403 if the user is not among its
     * respondents, 409 if closed or answered before, 400 for a missing or out-of-scale score.
     */
    @Transactional
    public void answer(long surveyId, AnswerInput input) {
        PulseSurvey survey = get(surveyId);
        StewardUser user = currentUser().orElseThrow(() -> new AccessDeniedException("sign in to answer"));
        if (!isRespondent(survey)) {
            throw new AccessDeniedException(
                    survey.direction() == SurveyDirection.CLIENT_ABOUT_VENDOR
                            ? "this survey is answered by client staff"
                            : "this survey is answered by the vendor's own users");
        }
        Map<SurveyDimension, Integer> scores = validScores(input);
        String comment = input.comment() == null ? null : input.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidRequestException("comment", "at most " + MAX_COMMENT + " characters");
        }
        if (!survey.isOpen(today())) {
            throw new ConflictException("The survey is not open for answers (open " + survey.opensOn() + " to "
                    + survey.closesOn() + (survey.closedEarly() ? ", closed early" : "") + ")");
        }
        if (repository.hasParticipated(survey.id(), user.id())) {
            throw new ConflictException("You have already answered this survey");
        }
        repository.insertAnswer(survey.id(), user.id(), scores, comment == null || comment.isEmpty() ? null : comment);
    }

    /** The survey's aggregate results, hidden (counts only) below the minimum group size or while open. */
    public SurveyResults results(long surveyId) {
        return results(get(surveyId));
    }

    /**
     * The newest survey of the vendor in this direction whose results are shown, for the review pack; empty when
     * none is (the vendor must be visible to the caller: 404 otherwise).
     */
    public Optional<SurveyResults> latestResults(long vendorId, SurveyDirection direction) {
        vendors.get(vendorId);
        return repository.surveys(access.currentScope(), Optional.of(vendorId)).stream()
                .filter(s -> s.direction() == direction)
                .map(this::results)
                .filter(SurveyResults::shown)
                .findFirst();
    }

    /** Results of every survey of the vendor (scope already checked by the caller). */
    List<SurveyResults> resultsOfVendor(long vendorId) {
        return repository.surveys(VendorScope.only(vendorId), Optional.of(vendorId)).stream()
                .map(this::results)
                .toList();
    }

    SurveyResults results(PulseSurvey survey) {
        String hidden = null;
        if (survey.responses() < survey.minGroupSize()) {
            hidden = survey.responses() + " response" + (survey.responses() == 1 ? "" : "s") + ", results hidden until "
                    + survey.minGroupSize();
        } else if (!survey.isClosed(today())) {
            hidden =
                    survey.responses() + " responses; results are shown when the survey closes on " + survey.closesOn();
        }
        if (hidden != null) {
            return new SurveyResults(
                    survey.id(),
                    survey.vendorId(),
                    survey.direction(),
                    survey.quarter(),
                    survey.responses(),
                    survey.minGroupSize(),
                    false,
                    hidden,
                    List.of(),
                    null,
                    null,
                    List.of());
        }
        RelationshipRepository.AnswerSet answers = repository.answers(survey.id());
        List<SurveyResults.DimensionResult> dimensions = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (SurveyDimension d : SurveyDimension.values()) {
            List<Integer> values =
                    answers.rows().stream().map(r -> r[d.ordinal()]).toList();
            all.addAll(values);
            LikertSummary summary = LikertSummary.of(values);
            List<Integer> distribution = new ArrayList<>();
            for (int count : summary.distribution()) {
                distribution.add(count);
            }
            dimensions.add(new SurveyResults.DimensionResult(d.id(), d.label(), summary.mean(), distribution));
        }
        double overall = LikertSummary.of(all).mean();
        List<String> comments = new ArrayList<>(answers.comments());
        comments.sort(String.CASE_INSENSITIVE_ORDER);
        return new SurveyResults(
                survey.id(),
                survey.vendorId(),
                survey.direction(),
                survey.quarter(),
                answers.rows().size(),
                survey.minGroupSize(),
                true,
                null,
                dimensions,
                overall,
                HealthIndex.likertScore(overall),
                comments);
    }

    private static Map<SurveyDimension, Integer> validScores(AnswerInput input) {
        if (input == null || input.scores() == null) {
            throw new InvalidRequestException("scores", "answer every question with a score from 1 to 5");
        }
        Map<SurveyDimension, Integer> scores = new EnumMap<>(SurveyDimension.class);
        for (Map.Entry<String, Integer> e : input.scores().entrySet()) {
            SurveyDimension d;
            try {
                d = SurveyDimension.byId(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new InvalidRequestException("scores", "unknown question '" + e.getKey() + "'");
            }
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
                throw new InvalidRequestException(d.id(), d.label() + ": choose a score from 1 to 5");
            }
            scores.put(d, e.getValue());
        }
        for (SurveyDimension d : SurveyDimension.values()) {
            if (!scores.containsKey(d)) {
                throw new InvalidRequestException(d.id(), d.label() + ": choose a score from 1 to 5");
            }
        }
        return scores;
    }

    static Optional<StewardUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StewardUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
