package com.steward.core.allocation;

import com.steward.core.staffing.Fte;
import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingInput;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a forecast across handlers and computes each handler's required agents and FTE per interval.
 *
 * <p>Per segment and interval: with {@link Split.Shares} handler h takes contacts × share<sub>h</sub>; with
 * {@link Split.Caps} the handlers are filled in order, each up to its cap, and the remainder is {@link
 * Unallocated}. Each handler's contacts are then staffed with {@link RequiredAgents#find} under the handler's
 * own model (Erlang A with its patience, else Erlang C), AHT, goal and threshold, and turned into FTE with its
 * shrinkage by {@link Fte#fromAgents}. Requirements are memoised per handler by (contacts, AHT): forecasts
 * repeat across days and queues, and the search is the cost of the whole allocation.
 */
public final class Allocations {

    private Allocations() {}

    /**
     * Allocates {@code request}.
     *
     * @throws AllocationException when a forecast row lies outside the period or off the grid, appears twice, has
     *     no split, or a split names an unknown handler
     */
    public static AllocationPlan allocate(AllocationRequest request) {
        PlanGrid grid = request.grid();
        Map<String, Handler> handlers = handlersByCode(request.handlers());
        Map<Segment, Split> splits = splitsBySegment(request.splits(), handlers);
        int perDay = grid.intervalsPerDay();
        int days = (int) (grid.lastDay().toEpochDay() - grid.firstDay().toEpochDay() + 1);
        long lengthSeconds = request.intervalLength().toSeconds();
        double intervalSeconds = lengthSeconds;

        int slots = days * perDay;
        Map<String, int[]> agents = new LinkedHashMap<>();
        Map<String, double[]> contacts = new HashMap<>();
        Map<String, Map<Workload, Integer>> memo = new HashMap<>();
        for (String code : handlers.keySet()) {
            agents.put(code, new int[slots]);
            contacts.put(code, new double[slots]);
            memo.put(code, new HashMap<>(1 << 12));
        }
        Map<Segment, Route> routes = new HashMap<>();
        List<HandlerLoad> loads = new ArrayList<>();
        List<Unallocated> unallocated = new ArrayList<>();
        Set<String> used = new HashSet<>();

        for (ForecastInterval f : request.forecast()) {
            if (!grid.contains(f.start())) {
                throw new AllocationException("forecast of " + f.segment() + " at " + f.start()
                        + " is outside the plan (" + grid.describe() + ")");
            }
            Route route =
                    routes.computeIfAbsent(f.segment(), s -> route(s, splits, handlers, agents, contacts, memo, slots));
            int index = (int)
                    ((f.start().toLocalDate().toEpochDay() - grid.firstDay().toEpochDay()) * perDay
                            + f.start().toLocalTime().toSecondOfDay() / lengthSeconds);
            if (route.seen.get(index)) {
                throw new AllocationException("forecast of " + f.segment() + " at " + f.start() + " appears twice");
            }
            route.seen.set(index);
            double left = f.contacts();
            for (int i = 0; i < route.handlers.length; i++) {
                double taken = route.shares ? f.contacts() * route.amounts[i] : Math.min(left, route.amounts[i]);
                left -= taken;
                Handler h = route.handlers[i];
                double aht = h.ahtFor(f.ahtSeconds());
                int n = taken > 0 ? required(h, route.memo[i], taken, aht, intervalSeconds) : 0;
                loads.add(new HandlerLoad(h.code(), f.segment(), f.start(), taken, aht, n));
                route.agents[i][index] += n;
                route.contacts[i][index] += taken;
                used.add(h.code());
            }
            if (!route.shares && left > 0) {
                unallocated.add(new Unallocated(f.segment(), f.start(), left));
            }
        }

        List<HandlerInterval> requirements = new ArrayList<>();
        double hours = grid.intervalHours();
        for (Map.Entry<String, int[]> e : agents.entrySet()) {
            if (!used.contains(e.getKey())) {
                continue;
            }
            Handler h = Objects.requireNonNull(handlers.get(e.getKey()));
            int[] a = e.getValue();
            double[] c = Objects.requireNonNull(contacts.get(e.getKey()));
            for (int i = 0; i < a.length; i++) {
                LocalDateTime start =
                        grid.firstDay().plusDays(i / perDay).atStartOfDay().plusSeconds((i % perDay) * lengthSeconds);
                double fte = Fte.fromAgents(a[i], h.shrinkage()).fte();
                requirements.add(new HandlerInterval(h.code(), start, c[i], a[i], fte, a[i] * hours));
            }
        }
        return new AllocationPlan(grid, loads, requirements, unallocated);
    }

    private static int required(
            Handler h, Map<Workload, Integer> memo, double contacts, double aht, double intervalSeconds) {
        return memo.computeIfAbsent(
                new Workload(contacts, aht),
                w -> RequiredAgents.find(
                                h.model(),
                                new StaffingInput(contacts, intervalSeconds, aht, h.targetAnswerSeconds()),
                                h.goal())
                        .agents());
    }

    private static Map<String, Handler> handlersByCode(List<Handler> handlers) {
        Map<String, Handler> out = new LinkedHashMap<>();
        for (Handler h : handlers) {
            if (out.put(h.code(), h) != null) {
                throw new AllocationException("handler " + h.code() + " is listed twice");
            }
        }
        return out;
    }

    private static Map<Segment, Split> splitsBySegment(List<Split> splits, Map<String, Handler> handlers) {
        Map<Segment, Split> out = new HashMap<>();
        for (Split s : splits) {
            if (out.put(s.segment(), s) != null) {
                throw new AllocationException("queue " + s.segment().queue() + " in region "
                        + s.segment().region() + " has two splits");
            }
            for (String code : s.handlers()) {
                if (!handlers.containsKey(code)) {
                    throw new AllocationException(
                            "the split of " + s.segment() + " names " + code + ", which is not a handler of the plan");
                }
            }
        }
        return out;
    }

    private record Workload(double contacts, double aht) {}

    /**
     * A segment's split resolved to arrays once, so the per-interval loop does no look-ups.
     *
     * @param seen interval indexes already forecast, to reject duplicates
     */
    private record Route(
            boolean shares,
            Handler[] handlers,
            double[] amounts,
            Map<Workload, Integer>[] memo,
            int[][] agents,
            double[][] contacts,
            BitSet seen) {}

    @SuppressWarnings("unchecked")
    private static Route route(
            Segment segment,
            Map<Segment, Split> splits,
            Map<String, Handler> handlers,
            Map<String, int[]> agents,
            Map<String, double[]> contacts,
            Map<String, Map<Workload, Integer>> memo,
            int slots) {
        Split split = splits.get(segment);
        if (split == null) {
            throw new AllocationException("queue " + segment.queue() + " in region " + segment.region()
                    + " has a forecast but no split across handlers");
        }
        List<String> codes = split.handlers();
        int k = codes.size();
        Handler[] hs = new Handler[k];
        double[] amounts = new double[k];
        Map<Workload, Integer>[] memos = new Map[k];
        int[][] a = new int[k][];
        double[][] c = new double[k][];
        for (int i = 0; i < k; i++) {
            String code = codes.get(i);
            hs[i] = Objects.requireNonNull(handlers.get(code));
            memos[i] = Objects.requireNonNull(memo.get(code));
            a[i] = Objects.requireNonNull(agents.get(code));
            c[i] = Objects.requireNonNull(contacts.get(code));
            amounts[i] = switch (split) {
                case Split.Shares s -> s.shares().get(i).share();
                case Split.Caps cs -> cs.caps().get(i).contactsPerInterval().orElse(Double.POSITIVE_INFINITY);
            };
        }
        return new Route(split instanceof Split.Shares, hs, amounts, memos, a, c, new BitSet(slots));
    }
}
