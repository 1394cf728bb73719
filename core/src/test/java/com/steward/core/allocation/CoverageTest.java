package com.steward.core.allocation;

import static com.steward.core.allocation.AllocationFixtures.BILLING_TX;
import static com.steward.core.allocation.AllocationFixtures.DAY;
import static com.steward.core.allocation.AllocationFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CoverageTest {

    /** Acme takes all of billing/TX; 100 contacts at AHT 180 in 30 min need 14 agents = 7 h (pyworkforce C04). */
    private static AllocationPlan plan() {
        return Allocations.allocate(new AllocationRequest(
                DAY,
                DAY,
                Duration.ofMinutes(30),
                List.of(Handler.erlangC("acme", 0.8, 19.8, 0.3)),
                List.of(new Split.Shares(BILLING_TX, List.of(new Split.Share("acme", 1)))),
                List.of(
                        new ForecastInterval(BILLING_TX, at(9, 0), 100, 180),
                        new ForecastInterval(BILLING_TX, at(9, 30), 100, 180),
                        new ForecastInterval(BILLING_TX, at(10, 0), 100, 180),
                        new ForecastInterval(BILLING_TX, at(10, 30), 100, 180))));
    }

    private static VendorHours delivered(LocalDateTime start, double hours) {
        return new VendorHours("acme", start, OptionalDouble.of(7), OptionalDouble.of(7), OptionalDouble.of(hours));
    }

    @Test
    void lineAdherenceCountsIntervalsMetAndCapsEachIntervalAtItsRequirement() {
        List<VendorHours> hours = List.of(
                delivered(at(9, 0), 7), // met exactly
                delivered(at(9, 30), 5), // 2 h short
                delivered(at(10, 0), 9), // 2 h over: does not make up for 9:30
                new VendorHours(
                        "acme", at(10, 30), OptionalDouble.of(7), OptionalDouble.empty(), OptionalDouble.empty()),
                delivered(at(3, 0), 4)); // delivered where nothing was requested

        Coverage.VendorCoverage acme = Coverage.compare(plan(), hours, AdherenceWindow.atLeastRequirement())
                .getFirst();
        LineAdherence a = acme.adherence();

        assertThat(a.requestedIntervals()).isEqualTo(4);
        assertThat(a.reportedIntervals()).isEqualTo(3); // 10:30 not reported: left out, not counted as 0
        assertThat(a.metIntervals()).isEqualTo(2);
        assertThat(a.intervalShare().getAsDouble()).isCloseTo(2 / 3.0, within(1e-12));
        // (7 + 5 + 7) / (7 + 7 + 7): the 2 surplus hours at 10:00 do not count
        assertThat(a.hoursShare().getAsDouble()).isCloseTo(19 / 21.0, within(1e-12));
        assertThat(a.deliveredTotal()).isEqualTo(7 + 5 + 9 + 4);
    }

    @Test
    void gapIsHoursMinusRequirementAndEmptyWhenNotReported() {
        Coverage.VendorCoverage acme = Coverage.compare(
                        plan(), List.of(delivered(at(9, 30), 5)), AdherenceWindow.atLeastRequirement())
                .getFirst();
        IntervalCoverage nineThirty = acme.intervals().stream()
                .filter(c -> c.start().equals(at(9, 30)))
                .findFirst()
                .orElseThrow();
        assertThat(nineThirty.requiredHours()).isEqualTo(7);
        assertThat(nineThirty.gap(IntervalCoverage.Basis.DELIVERED).getAsDouble())
                .isEqualTo(-2);
        assertThat(nineThirty.gap(IntervalCoverage.Basis.SCHEDULED).getAsDouble())
                .isZero();
        IntervalCoverage ten = acme.intervals().stream()
                .filter(c -> c.start().equals(at(10, 0)))
                .findFirst()
                .orElseThrow();
        assertThat(ten.gap(IntervalCoverage.Basis.DELIVERED)).isEmpty();
        assertThat(acme.intervals()).hasSize(48);
    }

    @Test
    void aWindowAlsoFailsIntervalsThatAreOverstaffed() {
        List<VendorHours> hours = List.of(delivered(at(9, 0), 7), delivered(at(9, 30), 6.7), delivered(at(10, 0), 9));
        LineAdherence a = Coverage.compare(plan(), hours, new AdherenceWindow(0.95, 1.05))
                .getFirst()
                .adherence();
        assertThat(a.metIntervals()).isEqualTo(2); // 7 and 6.7 (≥ 6.65) pass, 9 (> 7.35) fails
    }

    @Test
    void rejectsHoursOutsideThePlanOrGivenTwice() {
        assertThatThrownBy(() -> Coverage.compare(
                        plan(),
                        List.of(delivered(DAY.plusDays(1).atTime(9, 0), 1)),
                        AdherenceWindow.atLeastRequirement()))
                .isInstanceOf(AllocationException.class)
                .hasMessageContaining("acme")
                .hasMessageContaining("outside the plan");
        assertThatThrownBy(() -> Coverage.compare(
                        plan(),
                        List.of(delivered(at(9, 0), 1), delivered(at(9, 0), 2)),
                        AdherenceWindow.atLeastRequirement()))
                .hasMessageContaining("twice");
    }

    @Test
    void billedMinusDeliveredNeedsBoth() {
        assertThat(new HoursReconciliation("acme", OptionalDouble.of(110), OptionalDouble.of(100))
                        .relativeDifference()
                        .getAsDouble())
                .isCloseTo(0.10, within(1e-12));
        assertThat(new HoursReconciliation("acme", OptionalDouble.empty(), OptionalDouble.of(100)).difference())
                .isEmpty();
    }
}
