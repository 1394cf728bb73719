package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ErlangProperties {

    @Property
    void probabilityOfWaitIsAProbabilityThatNeverRisesWithAgents(
            @ForAll @DoubleRange(min = 0, max = 5_000) double load,
            @ForAll @IntRange(min = 0, max = 6_000) int agents) {
        double p = ErlangC.probabilityOfWait(load, agents);
        double next = ErlangC.probabilityOfWait(load, agents + 1);
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(next).isLessThanOrEqualTo(p);
    }

    @Property
    void erlangBIsAProbabilityThatNeverRisesWithServers(
            @ForAll @DoubleRange(min = 0, max = 1e9) double load, @ForAll @IntRange(min = 0, max = 30_000) int agents) {
        double b = ErlangB.blocking(load, agents);
        assertThat(b).isBetween(0.0, 1.0).isNotNaN();
        assertThat(ErlangB.blocking(load, agents + 1)).isLessThanOrEqualTo(b);
    }

    @Property
    void serviceLevelNeverFallsWithALongerThresholdOrMoreAgents(
            @ForAll @DoubleRange(min = 0.1, max = 500) double load,
            @ForAll @IntRange(min = 0, max = 120) int extraAgents,
            @ForAll @DoubleRange(min = 0, max = 300) double threshold,
            @ForAll @DoubleRange(min = 0, max = 60) double more,
            @ForAll @DoubleRange(min = 10, max = 900) double aht) {
        int n = (int) Math.floor(load) + extraAgents;
        double sl = ErlangC.serviceLevel(load, n, threshold, aht);
        assertThat(sl).isBetween(0.0, 1.0);
        assertThat(ErlangC.serviceLevel(load, n, threshold + more, aht)).isGreaterThanOrEqualTo(sl);
        assertThat(ErlangC.serviceLevel(load, n + 1, threshold, aht)).isGreaterThanOrEqualTo(sl);
    }

    @Property(tries = 200)
    void erlangAIsMonotoneInAgentsAndThreshold(
            @ForAll @DoubleRange(min = 0.5, max = 150) double load,
            @ForAll @IntRange(min = 1, max = 200) int agents,
            @ForAll @DoubleRange(min = 5, max = 900) double patience,
            @ForAll @DoubleRange(min = 0, max = 120) double threshold) {
        StaffingInput in = StaffingInput.ofOfferedLoad(load, 240, threshold);
        QueueMetrics m = ErlangA.metrics(in, patience, agents);
        QueueMetrics more = ErlangA.metrics(in, patience, agents + 1);
        QueueMetrics longer = ErlangA.metrics(in.withTargetAnswerSeconds(threshold + 10), patience, agents);
        double eps = 1e-9;
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(m.serviceLevel() - eps);
        assertThat(more.probabilityOfWait()).isLessThanOrEqualTo(m.probabilityOfWait() + eps);
        assertThat(more.probabilityOfAbandon()).isLessThanOrEqualTo(m.probabilityOfAbandon() + eps);
        assertThat(more.asaSeconds()).isLessThanOrEqualTo(m.asaSeconds() + eps);
        assertThat(more.occupancy()).isLessThanOrEqualTo(m.occupancy() + eps);
        assertThat(longer.serviceLevel()).isGreaterThanOrEqualTo(m.serviceLevel() - eps);
        // answered within t can never exceed answered at all
        assertThat(m.serviceLevel()).isLessThanOrEqualTo(1 - m.probabilityOfAbandon() + eps);
    }

    @Property(tries = 100)
    void erlangATendsToErlangCAsPatienceGrows(
            @ForAll @DoubleRange(min = 0.5, max = 80) double load,
            @ForAll @IntRange(min = 1, max = 30) int extraAgents) {
        int n = (int) Math.ceil(load) + extraAgents;
        StaffingInput in = StaffingInput.ofOfferedLoad(load, 180, 20);
        QueueMetrics c = ErlangC.metrics(in, n);
        double gapShort = Math.abs(ErlangA.metrics(in, 1e3, n).probabilityOfWait() - c.probabilityOfWait());
        double gapLong = Math.abs(ErlangA.metrics(in, 1e8, n).probabilityOfWait() - c.probabilityOfWait());
        assertThat(gapLong).isLessThanOrEqualTo(gapShort + 1e-12).isLessThan(1e-4);
        assertThat(ErlangA.metrics(in, 1e8, n).serviceLevel())
                .isCloseTo(c.serviceLevel(), org.assertj.core.api.Assertions.within(1e-4));
    }

    @Property(tries = 200)
    void hugeLoadsNeverGiveNaNOrNegativeNumbers(
            @ForAll @DoubleRange(min = 0, max = 1e7) double load, @ForAll @IntRange(min = 0, max = 25_000) int agents) {
        QueueMetrics m = ErlangC.metrics(StaffingInput.ofOfferedLoad(load, 300, 20), agents);
        assertThat(m.probabilityOfWait()).isBetween(0.0, 1.0);
        assertThat(m.serviceLevel()).isBetween(0.0, 1.0);
        assertThat(m.asaSeconds()).isGreaterThanOrEqualTo(0).isNotNaN();
        assertThat(m.occupancy()).isBetween(0.0, 1.0);
    }

    @Property(tries = 200)
    void moreAgentsNeverNeedFewerFte(
            @ForAll @IntRange(min = 0, max = 100_000) int agents,
            @ForAll @DoubleRange(min = 0, max = 0.95) double shrinkage) {
        Fte.FteRequirement fte = Fte.fromAgents(agents, shrinkage);
        Fte.FteRequirement next = Fte.fromAgents(agents + 1, shrinkage);
        assertThat(next.roundedFte()).isGreaterThanOrEqualTo(fte.roundedFte());
        assertThat(next.fte()).isGreaterThan(fte.fte());
        assertThat(fte.roundedFte()).isGreaterThanOrEqualTo(agents);
        assertThat((double) fte.roundedFte()).isGreaterThanOrEqualTo(fte.fte() - 1e-6);
    }

    @Property(tries = 300)
    void requiredAgentsIsTheSmallestStaffingThatMeetsTheGoal(
            @ForAll @DoubleRange(min = 0.1, max = 400) double load,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double target,
            @ForAll @DoubleRange(min = 0.6, max = 1.0) double cap) {
        StaffingInput in = StaffingInput.ofOfferedLoad(load, 240, 20);
        StaffingGoal goal = StaffingGoal.serviceLevel(target).withMaxOccupancy(cap);
        int n = RequiredAgents.find(QueueModel.erlangC(), in, goal).agents();
        assertThat(goal.isMetBy(ErlangC.metrics(in, n))).isTrue();
        assertThat(goal.isMetBy(ErlangC.metrics(in, n - 1))).isFalse();
        int nA = RequiredAgents.find(QueueModel.erlangA(180), in, goal).agents();
        assertThat(goal.isMetBy(ErlangA.metrics(in, 180, nA))).isTrue();
        assertThat(goal.isMetBy(ErlangA.metrics(in, 180, nA - 1))).isFalse();
    }
}
