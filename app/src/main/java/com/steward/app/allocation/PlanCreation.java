package com.steward.app.allocation;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.rollout.Phase;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.allocation.AllocationException;
import com.steward.core.allocation.AllocationRequest;
import com.steward.core.allocation.Allocations;
import com.steward.core.allocation.ForecastInterval;
import com.steward.core.allocation.Handler;
import com.steward.core.allocation.Segment;
import com.steward.core.allocation.Split;
import com.steward.core.staffing.StaffingGoal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating an allocation plan: its forecast, its splits (given, else from the transition phases in effect on the
 * first day), its handlers' terms, all checked by allocating once before anything is stored.
 */
@Component
class PlanCreation {

    /** Defaults of a handler without its own terms. */
    static final double DEFAULT_SERVICE_LEVEL = 0.8;

    static final double DEFAULT_ANSWER_SECONDS = 20;
    static final double DEFAULT_SHRINKAGE = 0.3;

    private final AllocationRepository repository;
    private final VendorRegister vendors;
    private final TransitionPlans transitions;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PlanCreation(
            AllocationRepository repository,
            VendorRegister vendors,
            TransitionPlans transitions,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.vendors = vendors;
        this.transitions = transitions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a plan from its files. Splits not given are derived from the transition plans' phases in effect on
     * the first day. Everything is checked before anything is written.
     */
    @Transactional
    AllocationPlanHeader create(CreateAllocationPlanCommand c) {
        if (c == null || c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            throw new InvalidRequestException("name", "a name of 1 to 200 characters");
        }
        if (c.firstDay() == null || c.lastDay() == null || c.lastDay().isBefore(c.firstDay())) {
            throw new InvalidRequestException("lastDay", "a period whose last day is not before its first");
        }
        if (c.lastDay().toEpochDay() - c.firstDay().toEpochDay() > 92) {
            throw new InvalidRequestException("lastDay", "a period of at most 93 days");
        }
        if (c.intervalMinutes() != 15 && c.intervalMinutes() != 30 && c.intervalMinutes() != 60) {
            throw new InvalidRequestException("intervalMinutes", "15, 30 or 60");
        }
        List<ForecastInterval> forecast = PlanForecasts.of(c);
        Set<Segment> segments = new LinkedHashSet<>();
        forecast.forEach(f -> segments.add(f.segment()));

        Map<String, Vendor> byCode = new LinkedHashMap<>();
        vendors.visibleVendors().forEach(v -> byCode.put(v.code(), v));
        List<StoredSplit> splits = new ArrayList<>(given(c.splitsCsv(), byCode));
        Set<Segment> givenSegments = new HashSet<>();
        splits.forEach(s -> givenSegments.add(new Segment(s.queue(), s.region())));
        for (Segment s : segments) {
            if (!givenSegments.contains(s)) {
                splits.addAll(fromPhases(s, c.firstDay()));
            }
        }
        List<StoredHandler> handlers = handlers(splits, c.handlersCsv(), byCode);

        // the core checks shares, grid, duplicates and unknown handlers; its message is the user's error
        try {
            Allocations.allocate(request(c.firstDay(), c.lastDay(), c.intervalMinutes(), handlers, splits, forecast));
        } catch (AllocationException e) {
            throw new InvalidRequestException("forecastCsv", e.getMessage());
        }
        long id = repository.insertPlan(
                c.name().strip(),
                c.firstDay(),
                c.lastDay(),
                c.intervalMinutes(),
                access.currentActor(),
                clock.instant());
        handlers.forEach(h -> repository.insertHandler(id, h));
        splits.forEach(s -> repository.insertSplit(id, s));
        repository.insertForecast(id, forecast);
        AllocationPlanHeader created = repository.find(id, VendorScope.all()).orElseThrow();
        audit.record(AuditAction.CREATE, AllocationPlans.AUDIT_PLAN, id, null, null, created);
        return created;
    }

    private static List<StoredSplit> given(@Nullable String csv, Map<String, Vendor> byCode) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        Map<Segment, List<AllocationCsv.SplitRow>> bySegment = new LinkedHashMap<>();
        for (AllocationCsv.SplitRow r : AllocationCsv.splits("splits.csv", csv)) {
            if (!r.handler().equals(Handler.IN_HOUSE) && !byCode.containsKey(r.handler())) {
                throw new InvalidRequestException(
                        "splitsCsv", "splits.csv: handler " + r.handler() + " is neither inhouse nor a vendor code");
            }
            bySegment
                    .computeIfAbsent(new Segment(r.queue(), r.region()), s -> new ArrayList<>())
                    .add(r);
        }
        List<StoredSplit> out = new ArrayList<>();
        for (var e : bySegment.entrySet()) {
            boolean shares =
                    e.getValue().stream().anyMatch(r -> r.sharePercent().isPresent());
            int ordinal = 0;
            for (AllocationCsv.SplitRow r : e.getValue()) {
                if (shares && r.sharePercent().isEmpty()) {
                    throw new InvalidRequestException(
                            "splitsCsv",
                            "splits.csv: queue " + r.queue() + " in region " + r.region()
                                    + " mixes shares and caps; give every handler a share_percent, or none");
                }
                out.add(new StoredSplit(
                        r.queue(),
                        r.region(),
                        r.handler(),
                        ordinal++,
                        shares ? "SHARE" : "CAP",
                        shares ? r.sharePercent().getAsDouble() / 100 : null,
                        shares || r.cap().isEmpty() ? null : r.cap().getAsDouble(),
                        "given"));
            }
        }
        return out;
    }

    /**
     * The shares of one segment from the transition phases in effect on {@code day}: each vendor its phase's
     * traffic share, in-house the rest. Two phases of one vendor covering the segment on that day overlap (an
     * error); shares of several vendors above 100 % are an error too.
     */
    List<StoredSplit> fromPhases(Segment segment, LocalDate day) {
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (TransitionPlan plan : transitions.visiblePlans()) {
            for (Phase phase : plan.phases()) {
                if (!covers(phase, segment) || day.isBefore(phase.start()) || day.isAfter(phase.end())) {
                    continue;
                }
                String source = "phase \"" + phase.name() + "\" of plan \"" + plan.name() + "\"";
                if (shares.containsKey(plan.vendorCode())) {
                    throw new InvalidRequestException(
                            "firstDay",
                            "overlapping phases: " + sources.get(plan.vendorCode()) + " and " + source
                                    + " both move queue " + segment.queue() + " in region " + segment.region()
                                    + " to " + plan.vendorCode() + " on " + day);
                }
                shares.put(plan.vendorCode(), phase.trafficShare());
                sources.put(plan.vendorCode(), source);
            }
        }
        double vendorsTotal =
                shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (vendorsTotal > 1 + Split.SUM_TOLERANCE) {
            throw new InvalidRequestException(
                    "firstDay",
                    String.format(
                            Locale.ROOT,
                            "phases in effect on %s give vendors %.1f %% of queue %s in region %s (%s); at most 100 %%",
                            day,
                            vendorsTotal * 100,
                            segment.queue(),
                            segment.region(),
                            String.join(", ", sources.values())));
        }
        List<StoredSplit> out = new ArrayList<>();
        int ordinal = 0;
        if (vendorsTotal < 1 - Split.SUM_TOLERANCE) {
            out.add(new StoredSplit(
                    segment.queue(),
                    segment.region(),
                    Handler.IN_HOUSE,
                    ordinal++,
                    "SHARE",
                    1 - vendorsTotal,
                    null,
                    shares.isEmpty() ? "no phase in effect: all in-house" : "in-house remainder"));
        }
        for (var e : shares.entrySet()) {
            out.add(new StoredSplit(
                    segment.queue(),
                    segment.region(),
                    e.getKey(),
                    ordinal++,
                    "SHARE",
                    e.getValue(),
                    null,
                    Objects.requireNonNull(sources.get(e.getKey()))));
        }
        return out;
    }

    private static boolean covers(Phase phase, Segment segment) {
        return (phase.queues().isEmpty() || phase.queues().contains(segment.queue()))
                && (phase.regions().isEmpty() || phase.regions().contains(segment.region()));
    }

    private static List<StoredHandler> handlers(
            List<StoredSplit> splits, @Nullable String csv, Map<String, Vendor> byCode) {
        Map<String, AllocationCsv.HandlerRow> terms = new LinkedHashMap<>();
        if (csv != null && !csv.isBlank()) {
            for (AllocationCsv.HandlerRow r : AllocationCsv.handlers("handlers.csv", csv)) {
                if (terms.put(r.handler(), r) != null) {
                    throw new InvalidRequestException(
                            "handlersCsv", "handlers.csv: handler " + r.handler() + " appears twice");
                }
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        codes.add(Handler.IN_HOUSE);
        splits.forEach(s -> codes.add(s.handler()));
        for (String code : terms.keySet()) {
            if (!codes.contains(code)) {
                throw new InvalidRequestException(
                        "handlersCsv", "handlers.csv: handler " + code + " takes no part in any split of this plan");
            }
        }
        List<StoredHandler> out = new ArrayList<>();
        int ordinal = 0;
        for (String code : codes) {
            Vendor v = byCode.get(code);
            if (v == null && !code.equals(Handler.IN_HOUSE)) {
                throw new InvalidRequestException("splitsCsv", "handler " + code + " is not a vendor code");
            }
            AllocationCsv.HandlerRow t = terms.get(code);
            out.add(new StoredHandler(
                    code,
                    v == null ? null : v.id(),
                    ordinal++,
                    t == null || t.ahtSeconds().isEmpty()
                            ? null
                            : t.ahtSeconds().getAsDouble(),
                    t == null || t.patienceSeconds().isEmpty()
                            ? null
                            : t.patienceSeconds().getAsDouble(),
                    t == null ? DEFAULT_SERVICE_LEVEL : t.serviceLevelPercent() / 100,
                    t == null ? DEFAULT_ANSWER_SECONDS : t.answerSeconds(),
                    t == null ? DEFAULT_SHRINKAGE : t.shrinkagePercent() / 100));
        }
        return out;
    }

    static AllocationRequest request(
            LocalDate first,
            LocalDate last,
            int minutes,
            List<StoredHandler> handlers,
            List<StoredSplit> splits,
            List<ForecastInterval> forecast) {
        List<Handler> hs = new ArrayList<>();
        for (StoredHandler h : handlers) {
            hs.add(new Handler(
                    h.code(),
                    h.ahtSeconds() == null ? OptionalDouble.empty() : OptionalDouble.of(h.ahtSeconds()),
                    h.patienceSeconds() == null ? OptionalDouble.empty() : OptionalDouble.of(h.patienceSeconds()),
                    StaffingGoal.serviceLevel(h.serviceLevel()),
                    h.answerSeconds(),
                    h.shrinkage()));
        }
        Map<Segment, List<StoredSplit>> bySegment = new LinkedHashMap<>();
        splits.forEach(s -> bySegment
                .computeIfAbsent(new Segment(s.queue(), s.region()), k -> new ArrayList<>())
                .add(s));
        List<Split> out = new ArrayList<>();
        for (var e : bySegment.entrySet()) {
            List<StoredSplit> rows = e.getValue();
            if (rows.getFirst().mode().equals("SHARE")) {
                out.add(new Split.Shares(
                        e.getKey(),
                        rows.stream()
                                .map(s -> new Split.Share(s.handler(), s.share() == null ? 0 : s.share()))
                                .toList()));
            } else {
                out.add(new Split.Caps(
                        e.getKey(),
                        rows.stream()
                                .map(s -> s.cap() == null
                                        ? Split.Cap.unlimited(s.handler())
                                        : Split.Cap.of(s.handler(), s.cap()))
                                .toList()));
            }
        }
        return new AllocationRequest(first, last, Duration.ofMinutes(minutes), hs, out, forecast);
    }

    /** Phases that start or end inside the period: their change is not in this plan's shares. */
    List<String> phaseNotes(AllocationPlanHeader header, List<StoredSplit> splits) {
        if (!access.currentScope().unrestricted()) {
            return new ArrayList<>();
        }
        Set<Segment> derived = new HashSet<>();
        splits.stream()
                .filter(s -> !s.source().equals("given"))
                .forEach(s -> derived.add(new Segment(s.queue(), s.region())));
        List<String> notes = new ArrayList<>();
        for (TransitionPlan plan : transitions.visiblePlans()) {
            for (Phase phase : plan.phases()) {
                boolean starts = phase.start().isAfter(header.firstDay())
                        && !phase.start().isAfter(header.lastDay());
                boolean ends =
                        !phase.end().isBefore(header.firstDay()) && phase.end().isBefore(header.lastDay());
                if ((starts || ends) && derived.stream().anyMatch(s -> covers(phase, s))) {
                    notes.add("Phase \"" + phase.name() + "\" of \"" + plan.name() + "\" (" + phase.start() + " to "
                            + phase.end() + ") changes shares inside this period; the shares here are those in effect"
                            + " on " + header.firstDay() + ".");
                }
            }
        }
        return notes;
    }
}
