package com.steward.app.allocation;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.lake.InteractionLake;
import com.steward.app.rollout.Phase;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.savings.Invoice;
import com.steward.app.savings.Savings;
import com.steward.app.savings.UnitType;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.allocation.AdherenceWindow;
import com.steward.core.allocation.AllocationException;
import com.steward.core.allocation.AllocationPlan;
import com.steward.core.allocation.AllocationRequest;
import com.steward.core.allocation.Allocations;
import com.steward.core.allocation.Coverage;
import com.steward.core.allocation.ForecastInterval;
import com.steward.core.allocation.Handler;
import com.steward.core.allocation.HandlerInterval;
import com.steward.core.allocation.IntervalCoverage;
import com.steward.core.allocation.PlanGrid;
import com.steward.core.allocation.Segment;
import com.steward.core.allocation.Split;
import com.steward.core.allocation.VendorHours;
import com.steward.core.staffing.StaffingGoal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allocation module's facade. Plans are read in the caller's scope: a VENDOR user sees a plan only when its
 * vendor is one of the handlers, and of it only its own vendor's terms, split rows, requirement, hours, adherence
 * and volume — the allocation is computed over every handler (caps overflow in order), then cut to the caller's
 * rows before anything leaves this class. Creating a plan and recording hours are audited and transactional: a
 * file with any bad row stores nothing.
 */
@Service
public class AllocationPlans {

    static final String AUDIT_PLAN = "allocation_plan";
    static final String AUDIT_HOURS = "allocation_hours";

    /** Defaults of a handler without its own terms. */
    static final double DEFAULT_SERVICE_LEVEL = 0.8;

    static final double DEFAULT_ANSWER_SECONDS = 20;
    static final double DEFAULT_SHRINKAGE = 0.3;

    private final AllocationRepository repository;
    private final VendorRegister vendors;
    private final TransitionPlans transitions;
    private final Contracts contracts;
    private final Savings savings;
    private final InteractionLake lake;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    AllocationPlans(
            AllocationRepository repository,
            VendorRegister vendors,
            TransitionPlans transitions,
            Contracts contracts,
            Savings savings,
            InteractionLake lake,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.vendors = vendors;
        this.transitions = transitions;
        this.contracts = contracts;
        this.savings = savings;
        this.lake = lake;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<AllocationPlanHeader> visiblePlans() {
        return repository.findAll(access.currentScope());
    }

    public AllocationPlanHeader get(long id) {
        return repository.find(id, access.currentScope()).orElseThrow(() -> AllocationNotFoundException.forPlan(id));
    }

    /** Whether the caller sees every vendor (client staff). */
    public boolean seesAllVendors() {
        return access.currentScope().unrestricted();
    }

    // --- create ---

    /**
     * Creates a plan from its files. Splits not given are derived from the transition plans' phases in effect on
     * the first day. Everything is checked before anything is written.
     */
    @Transactional
    public AllocationPlanHeader create(CreateAllocationPlanCommand c) {
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
        audit.record(AuditAction.CREATE, AUDIT_PLAN, id, null, null, created);
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
                    sources.get(e.getKey())));
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

    private static AllocationRequest request(
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

    // --- hours ---

    /** Records hours from a CSV file (see {@link AllocationCsv#hours}); all rows or none. Returns the row count. */
    @Transactional
    public int recordHoursCsv(long planId, String file, String csv) {
        List<AllocationCsv.HoursRow> rows = AllocationCsv.hours(file, csv);
        return record(planId, file, rows);
    }

    /** Records hours sent through the API; all rows or none. */
    @Transactional
    public int recordHours(long planId, List<HoursInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidRequestException("hours", "at least one row");
        }
        List<AllocationCsv.HoursRow> rows = new ArrayList<>();
        int n = 0;
        for (HoursInput in : inputs) {
            n++;
            if (in == null || in.vendor() == null || in.intervalStart() == null) {
                throw new InvalidRequestException("hours", "row " + n + ": vendor and intervalStart are required");
            }
            rows.add(new AllocationCsv.HoursRow(
                    n,
                    in.vendor(),
                    in.intervalStart(),
                    optional(in.committedHours()),
                    optional(in.scheduledHours()),
                    optional(in.deliveredHours()),
                    in.committedHours() != null,
                    in.scheduledHours() != null,
                    in.deliveredHours() != null));
        }
        return record(planId, "request", rows);
    }

    private int record(long planId, String file, List<AllocationCsv.HoursRow> rows) {
        AllocationPlanHeader plan = get(planId);
        VendorScope scope = access.currentScope();
        PlanGrid grid = grid(plan);
        Map<String, Long> vendorIds = new LinkedHashMap<>();
        for (StoredHandler h : repository.handlers(planId)) {
            if (h.vendorId() != null) {
                vendorIds.put(h.code(), h.vendorId());
            }
        }
        Set<String> seen = new HashSet<>();
        for (AllocationCsv.HoursRow r : rows) {
            String where = file + " line " + r.line();
            Long vendorId = vendorIds.get(r.vendor());
            if (vendorId == null) {
                throw new InvalidRequestException(
                        "vendor", where + ", column vendor: " + r.vendor() + " takes no part in this plan");
            }
            if (!scope.permits(vendorId)) {
                throw new InvalidRequestException(
                        "vendor", where + ", column vendor: you may enter hours only for your own vendor");
            }
            if (!scope.unrestricted() && r.hasDelivered()) {
                throw new InvalidRequestException(
                        "delivered_hours",
                        where + ", column delivered_hours: delivered hours are imported by the client, not entered by"
                                + " the vendor");
            }
            if (!grid.contains(r.start())) {
                throw new InvalidRequestException(
                        "interval_start",
                        where + ", column interval_start: " + r.start() + " is not an interval of the plan ("
                                + grid.describe() + ")");
            }
            for (OptionalDouble h : List.of(r.committed(), r.scheduled(), r.delivered())) {
                if (h.isPresent() && h.getAsDouble() > 10_000) {
                    throw new InvalidRequestException("hours", where + ": at most 10,000 hours per interval");
                }
            }
            if (!seen.add(r.vendor() + "@" + r.start())) {
                throw new InvalidRequestException(
                        "interval_start", where + ": " + r.vendor() + " at " + r.start() + " appears twice");
            }
        }
        String actor = access.currentActor();
        for (AllocationCsv.HoursRow r : rows) {
            repository.upsertHours(
                    planId,
                    vendorIds.get(r.vendor()),
                    r.start(),
                    new AllocationRepository.HoursChange(
                            r.hasCommitted(),
                            value(r.committed()),
                            r.hasScheduled(),
                            value(r.scheduled()),
                            r.hasDelivered(),
                            value(r.delivered())),
                    actor,
                    clock.instant());
        }
        Map<String, Object> summary = Map.of("file", file, "rows", rows.size());
        Long vendor = rows.isEmpty() ? null : vendorIds.get(rows.getFirst().vendor());
        audit.record(AuditAction.UPDATE, AUDIT_HOURS, planId, scope.unrestricted() ? null : vendor, null, summary);
        return rows.size();
    }

    /** The caller's hours of one vendor and day, every interval of the day (empty where none is stored). */
    public List<StoredHours> hoursOfDay(long planId, String vendor, LocalDate day) {
        AllocationPlanHeader plan = get(planId);
        if (day.isBefore(plan.firstDay()) || day.isAfter(plan.lastDay())) {
            throw new InvalidRequestException("day", day + " is outside the plan");
        }
        List<StoredHours> stored = repository.hours(planId, access.currentScope()).stream()
                .filter(h ->
                        h.vendorCode().equals(vendor) && h.start().toLocalDate().equals(day))
                .toList();
        return stored;
    }

    /** Vendor codes of the plan the caller may enter hours for. */
    public List<String> enterableVendors(long planId) {
        get(planId);
        VendorScope scope = access.currentScope();
        return repository.handlers(planId).stream()
                .filter(h -> h.vendorId() != null
                        && scope.permits(h.vendorId())
                        && !h.code().equals(Handler.IN_HOUSE))
                .map(StoredHandler::code)
                .toList();
    }

    // --- views ---

    /** The plan as the caller may see it. */
    public PlanView view(long id) {
        AllocationPlanHeader plan = get(id);
        Computed c = compute(plan);
        Set<String> visible = c.visible();
        boolean staff = c.scope().unrestricted();

        List<PlanView.HandlerDay> days = new ArrayList<>();
        Map<String, TreeMap<LocalDate, double[]>> perDay = new LinkedHashMap<>();
        for (HandlerInterval r : c.plan().requirements()) {
            if (!visible.contains(r.handler())) {
                continue;
            }
            double[] acc = perDay.computeIfAbsent(r.handler(), k -> new TreeMap<>())
                    .computeIfAbsent(r.start().toLocalDate(), k -> new double[4]);
            acc[0] += r.contacts();
            acc[1] = Math.max(acc[1], r.agents());
            acc[2] += r.requiredHours();
            acc[3] = Math.max(acc[3], r.fte());
        }
        perDay.forEach((handler, byDay) -> byDay.forEach(
                (day, a) -> days.add(new PlanView.HandlerDay(handler, day, a[0], (int) a[1], a[2], a[3]))));

        List<PlanView.VendorAdherence> adherence = new ArrayList<>();
        Map<String, Double> delivered = new LinkedHashMap<>();
        for (Coverage.VendorCoverage v : c.coverage()) {
            if (!visible.contains(v.vendor()) || v.vendor().equals(Handler.IN_HOUSE)) {
                continue;
            }
            adherence.add(new PlanView.VendorAdherence(
                    v.vendor(),
                    v.adherence(),
                    sum(v.intervals(), IntervalCoverage.Basis.COMMITTED),
                    sum(v.intervals(), IntervalCoverage.Basis.SCHEDULED)));
            OptionalDouble d = sum(v.intervals(), IntervalCoverage.Basis.DELIVERED);
            if (d.isPresent()) {
                delivered.put(v.vendor(), d.getAsDouble());
            }
        }
        List<String> notes = new ArrayList<>(c.notes());
        return new PlanView(
                plan,
                c.handlers().stream().filter(h -> visible.contains(h.code())).toList(),
                c.splits().stream().filter(s -> visible.contains(s.handler())).toList(),
                days,
                staff ? c.plan().unallocatedContacts() : 0,
                adherence,
                volume(plan, c, notes),
                staff ? billed(plan, c, delivered) : List.of(),
                notes);
    }

    /** The over/under-allocation heatmap of the caller's vendors on {@code basis}. */
    public Heatmap heatmap(long id, IntervalCoverage.Basis basis) {
        AllocationPlanHeader plan = get(id);
        Computed c = compute(plan);
        PlanGrid grid = grid(plan);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        List<String> columns = grid.startsOf(plan.firstDay()).stream()
                .map(t -> t.toLocalTime().format(hhmm))
                .toList();
        int perDay = grid.intervalsPerDay();
        List<Heatmap.Grid> grids = new ArrayList<>();
        for (Coverage.VendorCoverage v : c.coverage()) {
            if (!c.visible().contains(v.vendor()) || v.vendor().equals(Handler.IN_HOUSE)) {
                continue;
            }
            List<Heatmap.Row> rows = new ArrayList<>();
            List<IntervalCoverage> all = v.intervals();
            for (int d = 0; d * perDay < all.size(); d++) {
                List<Heatmap.Cell> cells = new ArrayList<>();
                for (IntervalCoverage ic : all.subList(d * perDay, (d + 1) * perDay)) {
                    cells.add(cell(ic, basis));
                }
                rows.add(new Heatmap.Row(all.get(d * perDay).start().toLocalDate(), cells));
            }
            grids.add(new Heatmap.Grid(v.vendor(), rows));
        }
        // leave out the night: columns where no vendor has anything required or reported on any day
        int first = perDay;
        int last = -1;
        for (Heatmap.Grid g : grids) {
            for (Heatmap.Row r : g.rows()) {
                for (int i = 0; i < r.cells().size(); i++) {
                    if (!r.cells().get(i).band().equals("none")) {
                        first = Math.min(first, i);
                        last = Math.max(last, i);
                    }
                }
            }
        }
        if (last < 0) {
            return new Heatmap(plan, basis, columns, grids);
        }
        int from = first;
        int to = last + 1;
        List<Heatmap.Grid> trimmed = grids.stream()
                .map(g -> new Heatmap.Grid(
                        g.vendor(),
                        g.rows().stream()
                                .map(r -> new Heatmap.Row(r.day(), r.cells().subList(from, to)))
                                .toList()))
                .toList();
        return new Heatmap(plan, basis, columns.subList(from, to), trimmed);
    }

    static Heatmap.Cell cell(IntervalCoverage ic, IntervalCoverage.Basis basis) {
        double req = ic.requiredHours();
        OptionalDouble hours = ic.hours(basis);
        String what = basis.name().toLowerCase(Locale.ROOT);
        String at = ic.start().toLocalDate() + " " + ic.start().toLocalTime();
        if (hours.isEmpty()) {
            return req > 0
                    ? new Heatmap.Cell(
                            "nr",
                            "n/r",
                            String.format(
                                    Locale.ROOT,
                                    "%s %s: %.1f h required, %s hours not reported",
                                    ic.vendor(),
                                    at,
                                    req,
                                    what))
                    : new Heatmap.Cell("none", "", ic.vendor() + " " + at + ": nothing required or reported");
        }
        double h = hours.getAsDouble();
        String title = String.format(
                Locale.ROOT, "%s %s: %.1f h %s, %.1f h required (%+.1f h)", ic.vendor(), at, h, what, req, h - req);
        String band;
        if (req <= 0) {
            band = h > 0 ? "over2" : "none";
        } else {
            double ratio = h / req;
            band = ratio < 0.8
                    ? "under2"
                    : ratio < 0.95 ? "under1" : ratio <= 1.05 ? "ok" : ratio <= 1.2 ? "over1" : "over2";
        }
        return new Heatmap.Cell(band, String.format(Locale.ROOT, "%+.1f", h - req), title);
    }

    private record Computed(
            VendorScope scope,
            Set<String> visible,
            List<StoredHandler> handlers,
            List<StoredSplit> splits,
            AllocationPlan plan,
            List<Coverage.VendorCoverage> coverage,
            List<String> notes) {}

    private Computed compute(AllocationPlanHeader header) {
        VendorScope scope = access.currentScope();
        List<StoredHandler> handlers = repository.handlers(header.id());
        List<StoredSplit> splits = repository.splits(header.id());
        AllocationPlan plan = Allocations.allocate(request(
                header.firstDay(),
                header.lastDay(),
                header.intervalMinutes(),
                handlers,
                splits,
                repository.forecast(header.id())));
        Set<String> visible = new LinkedHashSet<>();
        for (StoredHandler h : handlers) {
            if (scope.unrestricted() || (h.vendorId() != null && scope.permits(h.vendorId()))) {
                visible.add(h.code());
            }
        }
        List<VendorHours> hours = new ArrayList<>();
        for (StoredHours h : repository.hours(header.id(), scope)) {
            hours.add(new VendorHours(
                    h.vendorCode(),
                    h.start(),
                    optional(h.committed()),
                    optional(h.scheduled()),
                    optional(h.delivered())));
        }
        List<Coverage.VendorCoverage> coverage = Coverage.compare(plan, hours, AdherenceWindow.atLeastRequirement());
        return new Computed(scope, visible, handlers, splits, plan, coverage, phaseNotes(header, splits));
    }

    /** Phases that start or end inside the period: their change is not in this plan's shares. */
    private List<String> phaseNotes(AllocationPlanHeader header, List<StoredSplit> splits) {
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

    private List<PlanView.HandledVolume> volume(AllocationPlanHeader header, Computed c, List<String> notes) {
        Map<String, Double> allocated = c.plan().contactsByHandler();
        double allocatedTotal =
                allocated.values().stream().mapToDouble(Double::doubleValue).sum();
        Set<String> queues = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        c.splits().forEach(s -> {
            queues.add(s.queue());
            regions.add(s.region());
        });
        Map<String, long[]> lakeCounts = new LinkedHashMap<>();
        long offeredTotal = 0;
        if (lake.hasInteractions()) {
            KpiQuery q = KpiQuery.of(header.firstDay(), header.lastDay(), Dimension.HANDLED_BY)
                    .withMetrics(Set.of("offered", "answered"))
                    .withSegment(Dimension.QUEUE, queues)
                    .withSegment(Dimension.REGION, regions);
            if (!c.scope().unrestricted()) {
                q = q.withVendors(c.visible());
            }
            for (KpiRow row : lake.kpis(q)) {
                MetricValue offered = row.metric("offered");
                MetricValue answered = row.metric("answered");
                long o = offered == null ? 0 : offered.numerator();
                long a = answered == null ? 0 : answered.numerator();
                lakeCounts.put(row.keys().get("handled_by"), new long[] {o, a});
                offeredTotal += o;
            }
        }
        if (lakeCounts.isEmpty()) {
            notes.add("The interaction lake holds no contacts of these queues and regions between " + header.firstDay()
                    + " and " + header.lastDay() + ": handled volume is not reported.");
        }
        boolean staff = c.scope().unrestricted();
        List<PlanView.HandledVolume> out = new ArrayList<>();
        for (var e : allocated.entrySet()) {
            if (!c.visible().contains(e.getKey())) {
                continue;
            }
            long[] counts = lakeCounts.get(e.getKey());
            out.add(new PlanView.HandledVolume(
                    e.getKey(),
                    e.getValue(),
                    staff && allocatedTotal > 0
                            ? OptionalDouble.of(e.getValue() / allocatedTotal)
                            : OptionalDouble.empty(),
                    counts == null ? OptionalLong.empty() : OptionalLong.of(counts[0]),
                    counts == null ? OptionalLong.empty() : OptionalLong.of(counts[1]),
                    staff && counts != null && offeredTotal > 0
                            ? OptionalDouble.of(counts[0] / (double) offeredTotal)
                            : OptionalDouble.empty()));
        }
        return out;
    }

    private List<PlanView.BilledHours> billed(AllocationPlanHeader header, Computed c, Map<String, Double> delivered) {
        YearMonth first = YearMonth.from(header.firstDay());
        YearMonth last = YearMonth.from(header.lastDay());
        boolean whole =
                header.firstDay().getDayOfMonth() == 1 && header.lastDay().equals(last.atEndOfMonth());
        String months = first.equals(last) ? first.toString() : first + " to " + last;
        Map<Long, String> codeOfVendor = new LinkedHashMap<>();
        c.handlers().stream()
                .filter(h -> h.vendorId() != null && !h.code().equals(Handler.IN_HOUSE))
                .forEach(h -> codeOfVendor.put(h.vendorId(), h.code()));
        Map<String, BigDecimal> billed = new LinkedHashMap<>();
        Map<String, List<Long>> contractIds = new LinkedHashMap<>();
        for (Contract contract : contracts.visibleContracts()) {
            String code = codeOfVendor.get(contract.vendorId());
            if (code == null) {
                continue;
            }
            contractIds.computeIfAbsent(code, k -> new ArrayList<>()).add(contract.id());
            for (Invoice invoice : savings.invoices(contract.id())) {
                if (invoice.unitType() == UnitType.PRODUCTIVE_HOUR
                        && !invoice.month().isBefore(first)
                        && !invoice.month().isAfter(last)) {
                    billed.merge(code, invoice.invoicedUnits(), BigDecimal::add);
                }
            }
        }
        List<PlanView.BilledHours> out = new ArrayList<>();
        for (String code : codeOfVendor.values()) {
            BigDecimal b = billed.get(code);
            Double d = delivered.get(code);
            out.add(new PlanView.BilledHours(
                    code,
                    months,
                    b == null ? OptionalDouble.empty() : OptionalDouble.of(b.doubleValue()),
                    d == null ? OptionalDouble.empty() : OptionalDouble.of(d),
                    whole,
                    contractIds.getOrDefault(code, List.of())));
        }
        return out;
    }

    private static OptionalDouble sum(List<IntervalCoverage> intervals, IntervalCoverage.Basis basis) {
        double total = 0;
        boolean any = false;
        for (IntervalCoverage ic : intervals) {
            OptionalDouble h = ic.hours(basis);
            if (h.isPresent()) {
                total += h.getAsDouble();
                any = true;
            }
        }
        return any ? OptionalDouble.of(total) : OptionalDouble.empty();
    }

    private static PlanGrid grid(AllocationPlanHeader plan) {
        return new PlanGrid(plan.firstDay(), plan.lastDay(), Duration.ofMinutes(plan.intervalMinutes()));
    }

    private static OptionalDouble optional(@Nullable Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    private static @Nullable Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    /** Required productive hours per visible vendor and interval start (intervals with a requirement only). */
    public Map<String, Map<LocalDateTime, Double>> requiredHours(long id) {
        Computed c = compute(get(id));
        Map<String, Map<LocalDateTime, Double>> out = new LinkedHashMap<>();
        for (HandlerInterval r : c.plan().requirements()) {
            if (c.visible().contains(r.handler()) && r.requiredHours() > 0) {
                out.computeIfAbsent(r.handler(), k -> new TreeMap<>()).put(r.start(), r.requiredHours());
            }
        }
        return out;
    }

    /** Every interval start of a day of the plan, for the hours form. */
    public List<LocalDateTime> startsOf(long planId, LocalDate day) {
        return grid(get(planId)).startsOf(day);
    }
}
