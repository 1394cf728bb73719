package com.steward.app.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseScheduleTest {

    private static PlanInput.PhaseInput phase(String name, String start, String end) {
        return new PlanInput.PhaseInput(
                name, List.of(), List.of(), 1.0, LocalDate.parse(start), LocalDate.parse(end), List.of());
    }

    @Test
    void phasesOneAfterAnotherDoNotOverlap() {
        assertThat(PhaseSchedule.firstOverlap(List.of(
                        phase("Pilot", "2026-01-01", "2026-01-31"),
                        phase("Wave 1", "2026-02-01", "2026-03-31"),
                        phase("Wave 2", "2026-04-01", "2026-06-30"))))
                .isEmpty();
    }

    @Test
    void aPhaseStartingOnTheDayTheOneBeforeEndsOverlapsIt() {
        assertThat(PhaseSchedule.firstOverlap(List.of(
                        phase("Pilot", "2026-01-01", "2026-01-31"), phase("Wave 1", "2026-01-31", "2026-03-31"))))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("Phase 2 (Wave 1) starts on 2026-01-31, before phase 1 (Pilot) has ended"));
    }

    @Test
    void phasesInTheWrongOrderOverlapEvenWhenTheirDatesAreDisjoint() {
        assertThat(PhaseSchedule.firstOverlap(List.of(
                        phase("Wave 1", "2026-02-01", "2026-03-31"), phase("Pilot", "2026-01-01", "2026-01-31"))))
                .isPresent();
    }

    @Test
    void oneOrNoPhaseNeverOverlaps() {
        assertThat(PhaseSchedule.firstOverlap(List.of())).isEmpty();
        assertThat(PhaseSchedule.firstOverlap(List.of(phase("Pilot", "2026-01-01", "2026-01-31"))))
                .isEmpty();
    }
}
