package com.steward.core.allocation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Compares each vendor's requirement from an {@link AllocationPlan} with its committed, scheduled and delivered hours. */
public final class Coverage {

    private Coverage() {}

    /** A vendor's intervals and its line adherence. */
    public record VendorCoverage(String vendor, List<IntervalCoverage> intervals, LineAdherence adherence) {
        public VendorCoverage {
            intervals = List.copyOf(intervals);
        }
    }

    /**
     * Every interval of the plan for every handler that has a requirement or reported hours (in-house included
     * when it has either), in handler order then time order.
     *
     * @throws AllocationException when hours are given for an interval outside the plan or off its grid, or twice
     *     for the same vendor and interval
     */
    public static List<VendorCoverage> compare(AllocationPlan plan, List<VendorHours> hours, AdherenceWindow window) {
        PlanGrid grid = plan.grid();
        Map<String, Map<LocalDateTime, VendorHours>> byVendor = new LinkedHashMap<>();
        for (VendorHours h : hours) {
            if (!grid.contains(h.start())) {
                throw new AllocationException("hours of " + h.vendor() + " at " + h.start() + " are outside the plan ("
                        + grid.describe() + ")");
            }
            if (byVendor.computeIfAbsent(h.vendor(), v -> new HashMap<>()).put(h.start(), h) != null) {
                throw new AllocationException("hours of " + h.vendor() + " at " + h.start() + " are given twice");
            }
        }
        Map<String, Map<LocalDateTime, HandlerInterval>> required = new LinkedHashMap<>();
        for (HandlerInterval r : plan.requirements()) {
            required.computeIfAbsent(r.handler(), v -> new HashMap<>()).put(r.start(), r);
        }
        Set<String> vendors = new LinkedHashSet<>(required.keySet());
        vendors.addAll(byVendor.keySet());

        List<VendorCoverage> out = new ArrayList<>();
        for (String vendor : vendors) {
            Map<LocalDateTime, HandlerInterval> req = required.getOrDefault(vendor, Map.of());
            Map<LocalDateTime, VendorHours> got = byVendor.getOrDefault(vendor, Map.of());
            List<IntervalCoverage> intervals = new ArrayList<>();
            for (LocalDateTime start : starts(grid)) {
                HandlerInterval r = req.get(start);
                VendorHours h = got.get(start);
                OptionalDouble none = OptionalDouble.empty();
                intervals.add(new IntervalCoverage(
                        vendor,
                        start,
                        r == null ? 0 : r.contacts(),
                        r == null ? 0 : r.requiredHours(),
                        h == null ? none : h.committed(),
                        h == null ? none : h.scheduled(),
                        h == null ? none : h.delivered()));
            }
            out.add(new VendorCoverage(vendor, intervals, adherence(vendor, intervals, window)));
        }
        return out;
    }

    /** Line adherence of one vendor's intervals (see {@link LineAdherence} for the definitions). */
    public static LineAdherence adherence(String vendor, List<IntervalCoverage> intervals, AdherenceWindow window) {
        int requested = 0;
        int reported = 0;
        int met = 0;
        double required = 0;
        double deliveredIn = 0;
        double deliveredTotal = 0;
        for (IntervalCoverage c : intervals) {
            if (c.delivered().isPresent()) {
                deliveredTotal += c.delivered().getAsDouble();
            }
            if (c.requiredHours() <= 0) {
                continue;
            }
            requested++;
            if (c.delivered().isEmpty()) {
                continue;
            }
            double d = c.delivered().getAsDouble();
            reported++;
            if (window.isMet(d, c.requiredHours())) {
                met++;
            }
            required += c.requiredHours();
            deliveredIn += Math.min(d, c.requiredHours());
        }
        return new LineAdherence(vendor, requested, reported, met, required, deliveredIn, deliveredTotal);
    }

    private static List<LocalDateTime> starts(PlanGrid grid) {
        List<LocalDateTime> out = new ArrayList<>();
        for (var day = grid.firstDay(); !day.isAfter(grid.lastDay()); day = day.plusDays(1)) {
            out.addAll(grid.startsOf(day));
        }
        return out;
    }
}
