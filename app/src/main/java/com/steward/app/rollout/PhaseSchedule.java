package com.steward.app.rollout;

import java.util.List;
import java.util.Optional;

/** The rule that a plan's phases run one after another: each starts after the one before it has ended. */
public final class PhaseSchedule {

    private PhaseSchedule() {}

    /**
     * The first pair of phases, in plan order, that overlap, in words; empty when none does. Phases without both
     * dates are left to the date check.
     */
    public static Optional<String> firstOverlap(List<PlanInput.PhaseInput> phases) {
        for (int i = 1; i < phases.size(); i++) {
            PlanInput.PhaseInput before = phases.get(i - 1);
            PlanInput.PhaseInput after = phases.get(i);
            if (before.end() == null || after.start() == null) {
                continue;
            }
            if (!after.start().isAfter(before.end())) {
                return Optional.of("Phase " + (i + 1) + " (" + after.name() + ") starts on " + after.start()
                        + ", before phase " + i + " (" + before.name() + ") has ended (" + before.end()
                        + "): phases run one after another, so move it later or reorder the phases");
            }
        }
        return Optional.empty();
    }
}
