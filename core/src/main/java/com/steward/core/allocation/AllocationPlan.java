package com.steward.core.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an allocation.
 *
 * @param grid period and interval length
 * @param loads per handler × segment × interval, in forecast order
 * @param requirements per handler × interval, ordered by handler then start
 * @param unallocated contacts no handler could take
 */
public record AllocationPlan(
        PlanGrid grid, List<HandlerLoad> loads, List<HandlerInterval> requirements, List<Unallocated> unallocated) {

    public AllocationPlan {
        loads = List.copyOf(loads);
        requirements = List.copyOf(requirements);
        unallocated = List.copyOf(unallocated);
    }

    /** Allocated contacts per handler over the whole period, in handler order of first appearance. */
    public Map<String, Double> contactsByHandler() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (HandlerInterval r : requirements) {
            out.merge(r.handler(), r.contacts(), Double::sum);
        }
        return out;
    }

    /** Contacts no handler could take, over the whole period. */
    public double unallocatedContacts() {
        double sum = 0;
        for (Unallocated u : unallocated) {
            sum += u.contacts();
        }
        return sum;
    }
}
