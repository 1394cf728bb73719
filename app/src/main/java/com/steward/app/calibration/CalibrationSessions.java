package com.steward.app.calibration;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.calibration.CalibrationRepository.GraderRow;
import com.steward.app.calibration.CalibrationRepository.ItemRow;
import com.steward.app.calibration.CalibrationRepository.ScoreRow;
import com.steward.app.calibration.CalibrationRepository.SessionRow;
import com.steward.app.calibration.CalibrationRepository.VendorRow;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA calibration sessions: the client draws a blind sample of interactions from the lake, stratified by vendor;
 * the vendors' graders and the client's expert score the same interactions, each seeing only its own scores until
 * the session closes; closing shows alignment, reliability, vendor variance and each vendor's offset. A VENDOR user
 * sees only sessions that sample its vendor, its own graders by name, and the others only as an anonymous
 * distribution; every read below applies that scope.
 */
@Service
public class CalibrationSessions {

    static final String AUDIT_SESSION = "calibration_session";
    static final String AUDIT_DISPUTE = "calibration_dispute";
    static final int MAX_SAMPLE = 200;
    static final int MAX_GRADERS = 60;
    static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.MANAGER, Role.ANALYST);

    private final CalibrationRepository repository;
    private final SessionCreation creation;
    private final VendorRegister vendors;
    private final UserDirectory users;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CalibrationSessions(
            CalibrationRepository repository,
            SessionCreation creation,
            VendorRegister vendors,
            UserDirectory users,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.creation = creation;
        this.vendors = vendors;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sessions the caller may see, newest period first. */
    public List<SessionSummary> sessions() {
        return repository.sessions(access.currentScope()).stream()
                .map(s -> new SessionSummary(
                        s.id(),
                        s.name(),
                        s.formName(),
                        s.from(),
                        s.to(),
                        s.status(),
                        repository.items(s.id()).size(),
                        repository.graders(s.id()).size(),
                        s.closedAt()))
                .toList();
    }

    /** Outsourced vendors that may be sampled (client staff). */
    public List<Vendor> samplableVendors() {
        requireEditor();
        return vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList();
    }

    /** Active users who may grade: VENDOR users (for their vendor) and client staff who may be the expert. */
    public List<UserAccount> candidateGraders() {
        requireEditor();
        return users.all().stream()
                .filter(u ->
                        u.active() && (u.role() == Role.VENDOR && u.vendorId() != null || EDITORS.contains(u.role())))
                .toList();
    }

    /**
     * Creates a session: validates everything first, reads the lake, draws the sample stratified by vendor and
     * stores session, vendors, graders and items in one transaction (all or nothing).
     */
    @Transactional
    public long create(SessionInput input) {
        requireEditor();
        return creation.create(input);
    }

    /** The session as the caller may see it; 404 when it does not sample the caller's vendor. */
    public SessionView session(long id) {
        VendorScope scope = access.currentScope();
        SessionRow s = repository.session(id, scope).orElseThrow(() -> CalibrationNotFoundException.session(id));
        Long me = currentUserId();
        Long myVendor = vendorOf(scope);
        boolean closed = s.status() == SessionStatus.CLOSED;
        List<GraderRow> graders = repository.graders(id);
        List<ItemRow> items = repository.items(id);
        List<ScoreRow> scores = repository.scores(id);
        List<VendorRow> sessionVendors = repository.vendors(id);
        Map<Long, String> vendorNames = new HashMap<>();
        sessionVendors.forEach(v -> vendorNames.put(v.vendorId(), v.name()));

        Map<Long, Double> mine = new HashMap<>();
        Map<Long, Double> expertScores = new HashMap<>();
        Map<Long, Integer> scoredBy = new HashMap<>();
        for (ScoreRow r : scores) {
            scoredBy.merge(r.userId(), 1, Integer::sum);
            if (me != null && r.userId() == me) {
                mine.put(r.itemId(), r.score());
            }
            if (r.userId() == s.expertUserId()) {
                expertScores.put(r.itemId(), r.score());
            }
        }
        List<ItemView> itemViews = itemViews(items, myVendor, closed, vendorNames, mine, expertScores);
        List<GraderView> graderViews = graderViews(graders, myVendor, vendorNames, scoredBy);
        int hidden = (int) graders.stream()
                .filter(g -> myVendor != null && !g.expert() && !myVendor.equals(g.vendorId()))
                .count();
        boolean grader = me != null && graders.stream().anyMatch(g -> g.userId() == me);
        SessionResults results = null;
        if (closed) {
            results = CalibrationResults.scoped(
                    CalibrationResults.compute(s, graders, items, scores, sessionVendors), myVendor);
        }
        return new SessionView(
                s.id(),
                s.name(),
                s.formName(),
                s.scaleMin(),
                s.scaleMax(),
                s.from(),
                s.to(),
                s.seed(),
                s.population(),
                s.status(),
                s.createdBy(),
                s.createdAt(),
                s.closedAt(),
                grader && !closed,
                myVendor != null,
                itemViews,
                graderViews,
                hidden,
                repository.disputes(id, scope),
                results);
    }

    /** The items as the caller sees them: vendor and expert score only after close, and only its own for a VENDOR. */
    private static List<ItemView> itemViews(
            List<ItemRow> items,
            @Nullable Long myVendor,
            boolean closed,
            Map<Long, String> vendorNames,
            Map<Long, Double> mine,
            Map<Long, Double> expertScores) {
        List<ItemView> itemViews = new ArrayList<>();
        for (ItemRow i : items) {
            boolean own = myVendor != null && myVendor == i.vendorId();
            boolean showVendor = closed && (myVendor == null || own);
            boolean showExpert = closed && (myVendor == null || own);
            itemViews.add(new ItemView(
                    i.id(),
                    i.ordinal(),
                    i.interactionId(),
                    i.channel(),
                    i.queue(),
                    i.arrivedAt(),
                    showVendor ? vendorNames.get(i.vendorId()) : null,
                    closed && own,
                    mine.get(i.id()),
                    showExpert ? expertScores.get(i.id()) : null));
        }
        return itemViews;
    }

    /** The graders a caller may see by name: all for client staff, the expert and its own for a VENDOR user. */
    private static List<GraderView> graderViews(
            List<GraderRow> graders,
            @Nullable Long myVendor,
            Map<Long, String> vendorNames,
            Map<Long, Integer> scoredBy) {
        List<GraderView> graderViews = new ArrayList<>();
        for (GraderRow g : graders) {
            if (myVendor != null && !g.expert() && !myVendor.equals(g.vendorId())) {
                continue;
            }
            graderViews.add(new GraderView(
                    g.userId(),
                    g.expert() ? g.displayName() + " (client expert)" : g.displayName(),
                    g.expert() ? null : vendorNames.get(g.vendorId()),
                    g.expert(),
                    scoredBy.getOrDefault(g.userId(), 0)));
        }
        return graderViews;
    }

    /**
     * Records the caller's scores; every score is checked first (a grader of this open session, an item of this
     * session, within the scale, not scored before, once in the request) and then all are stored, or none.
     */
    @Transactional
    public int score(long sessionId, List<ScoreInput> input) {
        SessionRow s = repository
                .session(sessionId, access.currentScope())
                .orElseThrow(() -> CalibrationNotFoundException.session(sessionId));
        Long me = currentUserId();
        if (me == null || repository.graders(sessionId).stream().noneMatch(g -> g.userId() == me)) {
            throw new AccessDeniedException("only the session's graders score its interactions");
        }
        if (s.status() != SessionStatus.OPEN) {
            throw new ConflictException("The session is closed; scores can no longer change");
        }
        if (input == null || input.isEmpty()) {
            throw new InvalidRequestException("scores", "give at least one score");
        }
        Set<Long> items = new HashSet<>();
        repository.items(sessionId).forEach(i -> items.add(i.id()));
        Set<Long> already = new HashSet<>();
        repository.scores(sessionId).stream().filter(r -> r.userId() == me).forEach(r -> already.add(r.itemId()));
        Set<Long> seen = new LinkedHashSet<>();
        for (ScoreInput in : input) {
            if (in == null || in.itemId() == null || !items.contains(in.itemId())) {
                throw CalibrationNotFoundException.item(in == null || in.itemId() == null ? 0 : in.itemId());
            }
            if (in.score() == null || !Double.isFinite(in.score())) {
                throw new InvalidRequestException("score", "interaction " + in.itemId() + ": a score is required");
            }
            if (in.score() < s.scaleMin() || in.score() > s.scaleMax()) {
                throw new InvalidRequestException(
                        "score",
                        "interaction " + in.itemId() + ": " + fmt(in.score()) + " is outside the form's scale "
                                + s.scaleMin() + "–" + s.scaleMax());
            }
            if (already.contains(in.itemId()) || !seen.add(in.itemId())) {
                throw new ConflictException("You have already scored interaction " + in.itemId()
                        + " in this session; a grader scores each interaction once");
            }
        }
        for (ScoreInput in : input) {
            repository.insertScore(in.itemId(), me, in.score(), clock.instant());
        }
        return input.size();
    }

    /** Closes the session once its scores support the figures (client staff); nothing changes when they do not. */
    @Transactional
    public SessionView close(long sessionId) {
        requireEditor();
        SessionRow s = repository
                .session(sessionId, VendorScope.all())
                .orElseThrow(() -> CalibrationNotFoundException.session(sessionId));
        if (s.status() != SessionStatus.OPEN) {
            throw new ConflictException("The session is already closed");
        }
        SessionResults results = CalibrationResults.compute(
                s,
                repository.graders(sessionId),
                repository.items(sessionId),
                repository.scores(sessionId),
                repository.vendors(sessionId));
        repository.close(sessionId, access.currentActor(), clock.instant());
        audit.record(
                AuditAction.UPDATE,
                AUDIT_SESSION,
                sessionId,
                null,
                Map.of("status", "OPEN"),
                Map.of(
                        "status", "CLOSED",
                        "itemsUsed", results.itemsUsed(),
                        "icc21", results.icc("ICC(2,1)").value()));
        return session(sessionId);
    }

    /** A VENDOR user disputes the expert's score on one of its own vendor's interactions in a closed session. */
    @Transactional
    public Dispute dispute(long sessionId, DisputeInput input) {
        VendorScope scope = access.currentScope();
        if (scope.unrestricted()) {
            throw new AccessDeniedException("disputes are raised by a vendor's users");
        }
        SessionRow s =
                repository.session(sessionId, scope).orElseThrow(() -> CalibrationNotFoundException.session(sessionId));
        if (s.status() != SessionStatus.CLOSED) {
            throw new ConflictException("The expert's scores are shown, and can be disputed, once the session closes");
        }
        if (input == null || input.itemId() == null) {
            throw new InvalidRequestException("itemId", "choose the interaction");
        }
        ItemRow item = repository.items(sessionId).stream()
                .filter(i -> i.id() == input.itemId() && scope.permits(i.vendorId()))
                .findFirst()
                .orElseThrow(() -> CalibrationNotFoundException.item(input.itemId()));
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidRequestException("reason", "give the reason, 1 to 2000 characters");
        }
        double expertScore = repository.scores(sessionId).stream()
                .filter(r -> r.itemId() == item.id() && r.userId() == s.expertUserId())
                .findFirst()
                .map(ScoreRow::score)
                .orElseThrow(() -> new InvalidRequestException("itemId", "the expert did not score this interaction"));
        if (repository.openDisputeOn(item.id())) {
            throw new ConflictException("This score is already disputed and awaits the client's answer");
        }
        long id = repository.insertDispute(
                item.id(), item.vendorId(), reason, expertScore, access.currentActor(), clock.instant());
        Dispute created = repository.dispute(id, scope).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_DISPUTE, id, item.vendorId(), null, created);
        return created;
    }

    /** The client upholds (replacing the expert's score) or rejects a dispute, with a note. */
    @Transactional
    public Dispute resolve(long disputeId, ResolutionInput input) {
        requireEditor();
        Dispute before = repository
                .dispute(disputeId, VendorScope.all())
                .orElseThrow(() -> CalibrationNotFoundException.dispute(disputeId));
        if (before.status() != DisputeStatus.OPEN) {
            throw new ConflictException("The dispute was resolved already");
        }
        if (input == null || input.upheld() == null) {
            throw new InvalidRequestException("upheld", "uphold or reject the dispute");
        }
        SessionRow s = repository.session(before.sessionId(), VendorScope.all()).orElseThrow();
        String note = input.note() == null ? null : input.note().strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidRequestException("note", "at most 2000 characters");
        }
        Double newScore = null;
        if (input.upheld()) {
            newScore = input.newScore();
            if (newScore == null || newScore < s.scaleMin() || newScore > s.scaleMax()) {
                throw new InvalidRequestException(
                        "newScore",
                        "an upheld dispute needs the corrected score, " + s.scaleMin() + "–" + s.scaleMax());
            }
            repository.updateScore(before.itemId(), s.expertUserId(), newScore, clock.instant());
        }
        repository.resolveDispute(
                disputeId,
                input.upheld() ? DisputeStatus.UPHELD : DisputeStatus.REJECTED,
                newScore,
                note == null || note.isEmpty() ? null : note,
                access.currentActor(),
                clock.instant());
        Dispute after = repository.dispute(disputeId, VendorScope.all()).orElseThrow();
        audit.record(AuditAction.UPDATE, AUDIT_DISPUTE, disputeId, before.vendorId(), before, after);
        return after;
    }

    /** Reliability and alignment of the closed sessions the caller may see, oldest period first. */
    public List<TrendPoint> trend() {
        VendorScope scope = access.currentScope();
        Long myVendor = vendorOf(scope);
        List<TrendPoint> out = new ArrayList<>();
        List<SessionRow> closed = repository.sessions(scope).stream()
                .filter(s -> s.status() == SessionStatus.CLOSED)
                .toList();
        for (SessionRow s : closed.reversed()) {
            SessionResults r;
            try {
                r = CalibrationResults.scoped(
                        CalibrationResults.compute(
                                s,
                                repository.graders(s.id()),
                                repository.items(s.id()),
                                repository.scores(s.id()),
                                repository.vendors(s.id())),
                        myVendor);
            } catch (InvalidRequestException e) {
                continue;
            }
            Double mad = r.alignments().isEmpty()
                    ? null
                    : r.alignments().stream()
                            .mapToDouble(AlignmentRow::meanAbsoluteDifference)
                            .average()
                            .orElseThrow();
            out.add(new TrendPoint(s.id(), s.name(), s.to(), r.icc("ICC(2,1)").value(), r.alpha(), mad));
        }
        return out;
    }

    /**
     * The vendor's calibration offset from its latest closed session, for showing vendor-reported QA calibrated
     * beside the raw figure; empty when no closed session sampled it, or its scores give no offset. Scoped: a VENDOR
     * user gets only its own vendor's.
     */
    public Optional<VendorCalibration> latestOffset(long vendorId) {
        if (!access.currentScope().permits(vendorId)) {
            return Optional.empty();
        }
        return repository.latestClosedWith(vendorId).flatMap(sessionId -> {
            SessionRow s = repository.session(sessionId, VendorScope.all()).orElseThrow();
            SessionResults r;
            try {
                r = CalibrationResults.compute(
                        s,
                        repository.graders(sessionId),
                        repository.items(sessionId),
                        repository.scores(sessionId),
                        repository.vendors(sessionId));
            } catch (InvalidRequestException e) {
                return Optional.empty();
            }
            return r.vendors().stream()
                    .filter(v -> v.vendorId() == vendorId && v.offset() != null)
                    .findFirst()
                    .map(v -> new VendorCalibration(
                            vendorId,
                            sessionId,
                            s.name(),
                            v.offset(),
                            v.offsetLow(),
                            v.offsetHigh(),
                            v.offsetN(),
                            s.scaleMin(),
                            s.scaleMax()));
        });
    }

    /** The VENDOR user's vendor, -1 for a restricted scope without one, null for client staff. */
    private static Long vendorOf(VendorScope scope) {
        if (scope.unrestricted()) {
            return null;
        }
        return scope.vendorIds().isEmpty() ? -1L : scope.vendorIds().iterator().next();
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static Long currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StewardUser user ? user.id() : null;
    }

    /** Administrators, managers and analysts run sessions; the demo loader (an administrator) may too. */
    private static void requireEditor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StewardUser user) {
            if (!EDITORS.contains(user.role())) {
                throw new AccessDeniedException("only administrators, managers and analysts run calibration sessions");
            }
        } else if (authentication == null) {
            throw new AccessDeniedException("sign in");
        }
    }
}
