package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RequiredAgentsTest {

    private static final StaffingInput TEN_ERLANGS = new StaffingInput(100, 1800, 180, 20);

    @Test
    void findsTheFirstStaffingMeetingTheServiceLevel() {
        StaffingRequirement r = RequiredAgents.forServiceLevel(TEN_ERLANGS, 0.8, 1);
        assertThat(r.metrics().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(ErlangC.metrics(TEN_ERLANGS, r.agents() - 1).serviceLevel()).isLessThan(0.8);
        assertThat(r.agents()).isEqualTo(14);
    }

    @Test
    void anOccupancyCapCanForceMoreAgentsThanTheServiceGoal() {
        // A = 10: the service level alone needs 14 (occupancy 0.714); a 0.65 cap needs ⌈10/0.65⌉ = 16
        assertThat(RequiredAgents.forServiceLevel(TEN_ERLANGS, 0.8, 0.65).agents())
                .isEqualTo(16);
    }

    @Test
    void findsTheFirstStaffingMeetingAnAsaTarget() {
        StaffingRequirement r = RequiredAgents.forAverageSpeedOfAnswer(TEN_ERLANGS, 15, 1);
        assertThat(r.metrics().asaSeconds()).isLessThanOrEqualTo(15);
        assertThat(ErlangC.averageSpeedOfAnswer(10, r.agents() - 1, 180)).isGreaterThan(15);
    }

    @Test
    void erlangAFindsTheSixteenAgentsOfTheReferenceCase() {
        StaffingInput in = new StaffingInput(100, 1800, 240, 20);
        StaffingRequirement r = RequiredAgents.find(QueueModel.erlangA(120), in, StaffingGoal.serviceLevel(0.8));
        assertThat(r.agents()).isEqualTo(16);
        assertThat(r.metrics().serviceLevel()).isCloseTo(0.8559, within(1e-4));
    }

    @Test
    void largeCentersAreSizedQuickly() {
        long start = System.nanoTime();
        StaffingRequirement r = RequiredAgents.forServiceLevel(StaffingInput.ofOfferedLoad(20_000, 300, 20), 0.9, 1);
        long micros = (System.nanoTime() - start) / 1_000;
        assertThat(r.agents()).isBetween(20_001, 20_300);
        assertThat(micros).as("microseconds").isLessThan(2_000_000);
    }

    @Test
    void fteRoundsUpAfterShrinkageWithoutFloatingPointNoise() {
        // 14 / (1 − 0.3) = 20 exactly on paper, 20.000000000000004 in binary
        Fte.FteRequirement fte = Fte.fromAgents(14, 0.3);
        assertThat(fte.roundedFte()).isEqualTo(20);
        assertThat(fte.fte()).isCloseTo(20, within(1e-9));
        assertThat(Fte.fromAgents(15, 0.3).roundedFte()).isEqualTo(22); // 21.43 → 22
        assertThat(Fte.fromAgents(0, 0.3).roundedFte()).isZero();
    }

    @Test
    void rejectsShrinkageOfOneOrMore() {
        assertThatThrownBy(() -> Fte.fromAgents(10, 1)).hasMessageContaining("shrinkage");
        assertThatThrownBy(() -> Fte.fromAgents(10, -0.1)).hasMessageContaining("shrinkage");
        assertThatThrownBy(() -> Fte.fromAgents(-1, 0.3)).hasMessageContaining("agents");
    }
}
