package com.steward.core.allocation;

import static com.steward.core.allocation.AllocationFixtures.BILLING_TX;
import static com.steward.core.allocation.AllocationFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.staffing.ErlangC;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AllocationProperties {

    @Property(tries = 200)
    void sharesConserveVolume(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 1000) Integer> weights,
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 5000) Double> volumes) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        List<Split.Share> shares = new ArrayList<>();
        List<Handler> handlers = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            shares.add(new Split.Share("h" + i, weights.get(i) / (double) total));
            handlers.add(Handler.erlangC("h" + i, 0.8, 20, 0.3));
        }
        AllocationPlan plan = Allocations.allocate(request(handlers, new Split.Shares(BILLING_TX, shares), volumes));

        double forecast = volumes.stream().mapToDouble(Double::doubleValue).sum();
        double allocated = plan.contactsByHandler().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        assertThat(allocated).isCloseTo(forecast, within(1e-6 * Math.max(1, forecast)));
        assertThat(plan.unallocated()).isEmpty();
    }

    @Property(tries = 200)
    void capsAreNeverExceededAndWhatIsLeftIsReported(
            @ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = 0, max = 400) Double> caps,
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 2000) Double> volumes) {
        List<Split.Cap> list = new ArrayList<>();
        List<Handler> handlers = new ArrayList<>();
        for (int i = 0; i < caps.size(); i++) {
            list.add(Split.Cap.of("h" + i, caps.get(i)));
            handlers.add(Handler.erlangC("h" + i, 0.8, 20, 0.3));
        }
        AllocationPlan plan = Allocations.allocate(request(handlers, new Split.Caps(BILLING_TX, list), volumes));

        for (HandlerLoad load : plan.loads()) {
            int i = Integer.parseInt(load.handler().substring(1));
            assertThat(load.contacts()).isLessThanOrEqualTo(caps.get(i));
        }
        double forecast = volumes.stream().mapToDouble(Double::doubleValue).sum();
        double allocated = plan.contactsByHandler().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        assertThat(allocated + plan.unallocatedContacts()).isCloseTo(forecast, within(1e-6 * Math.max(1, forecast)));
        double capTotal = caps.stream().mapToDouble(Double::doubleValue).sum();
        for (Unallocated u : plan.unallocated()) {
            // something is left over only when every handler is full
            double taken = plan.loads().stream()
                    .filter(l -> l.start().equals(u.start()))
                    .mapToDouble(HandlerLoad::contacts)
                    .sum();
            assertThat(taken).isCloseTo(capTotal, within(1e-9 * Math.max(1, capTotal)));
        }
    }

    @Property(tries = 100)
    void requiredAgentsAreTheFewestThatMeetTheGoalCheckedWithErlangCDirectly(
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0.5, max = 800) Double> volumes,
            @ForAll @DoubleRange(min = 60, max = 900) double aht,
            @ForAll @DoubleRange(min = 0.5, max = 0.95) double sl) {
        Handler h = Handler.erlangC("acme", sl, 20, 0.2).withAht(aht);
        AllocationPlan plan = Allocations.allocate(
                request(List.of(h), new Split.Shares(BILLING_TX, List.of(new Split.Share("acme", 1))), volumes));
        for (HandlerLoad load : plan.loads()) {
            double a = load.contacts() * aht / 3600.0;
            int n = load.agents();
            assertThat(n).isGreaterThan((int) Math.floor(a));
            assertThat(ErlangC.serviceLevel(a, n, 20, aht)).isGreaterThanOrEqualTo(sl);
            if (n - 1 > a) {
                assertThat(ErlangC.serviceLevel(a, n - 1, 20, aht)).isLessThan(sl);
            }
        }
    }

    private static AllocationRequest request(List<Handler> handlers, Split split, List<Double> volumes) {
        List<ForecastInterval> forecast = new ArrayList<>();
        for (int i = 0; i < volumes.size(); i++) {
            // repeat volumes on purpose so the memoised path is exercised
            forecast.add(new ForecastInterval(BILLING_TX, DAY.atTime(i, 0), volumes.get(i), 300));
        }
        return new AllocationRequest(DAY, DAY, Duration.ofHours(1), handlers, List.of(split), forecast);
    }
}
