package com.steward.app.allocation;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.lake.InteractionLake;
import com.steward.app.savings.Invoice;
import com.steward.app.savings.Savings;
import com.steward.app.savings.UnitType;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.core.allocation.AdherenceWindow;
import com.steward.core.allocation.AllocationPlan;
import com.steward.core.allocation.Allocations;
import com.steward.core.allocation.Coverage;
import com.steward.core.allocation.Handler;
import com.steward.core.allocation.HandlerInterval;
import com.steward.core.allocation.IntervalCoverage;
import com.steward.core.allocation.PlanGrid;
import com.steward.core.allocation.Segment;
import com.steward.core.allocation.VendorHours;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    private final AllocationRepository repository;
    private final PlanCreation creation;
    private final PlanHours hours;
    private final Contracts contracts;
    private final Savings savings;
    private final InteractionLake lake;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    AllocationPlans(
            AllocationRepository repository,
            PlanCreation creation,
            PlanHours hours,
            Contracts contracts,
            Savings savings,
            InteractionLake lake,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.creation = creation;
        this.hours = hours;
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
        return creation.create(c);
    }

    /** The shares of one segment from the transition phases in effect on {@code day} (see {@link PlanCreation}). */
    List<StoredSplit> fromPhases(Segment segment, LocalDate day) {
        return creation.fromPhases(segment, day);
    }

    // --- hours ---

    /** Records hours from a CSV file (see {@link AllocationCsv#hours}); all rows or none. Returns the row count. */
    @Transactional
    public int recordHoursCsv(long planId, String file, String csv) {
        return hours.recordHoursCsv(planId, file, csv);
    }

    /** Records hours sent through the API; all rows or none. */
    @Transactional
    public int recordHours(long planId, List<HoursInput> inputs) {
        return hours.recordHours(planId, inputs);
    }

    /** The caller's hours of one vendor and day, every interval of the day (empty where none is stored). */
    public List<StoredHours> hoursOfDay(long planId, String vendor, LocalDate day) {
        return hours.hoursOfDay(planId, vendor, day);
    }

    /** Vendor codes of the plan the caller may enter hours for. */
    public List<String> enterableVendors(long planId) {
        return hours.enterableVendors(planId);
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
        AllocationPlan plan = Allocations.allocate(PlanCreation.request(
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
        return new Computed(scope, visible, handlers, splits, plan, coverage, creation.phaseNotes(header, splits));
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

    static PlanGrid grid(AllocationPlanHeader plan) {
        return new PlanGrid(plan.firstDay(), plan.lastDay(), Duration.ofMinutes(plan.intervalMinutes()));
    }

    static OptionalDouble optional(@Nullable Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    static @Nullable Double value(OptionalDouble d) {
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
