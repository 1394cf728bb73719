package com.steward.app.rollout.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFormTest {

    private static PlanForm.PhaseForm phase(String name, String start) {
        return new PlanForm.PhaseForm(
                name,
                "billing",
                "",
                50.0,
                LocalDate.parse(start),
                LocalDate.parse(start).plusDays(9),
                List.of());
    }

    private static List<String> names(PlanForm form) {
        return form.slots().stream().map(PlanForm.PhaseForm::name).toList();
    }

    private final PlanForm form = new PlanForm(
            7L, "Plan", List.of(phase("A", "2026-01-01"), phase("B", "2026-02-01"), phase("C", "2026-03-01")));

    @Test
    void movesAPhaseEarlierAndLaterKeepingWhatWasTyped() {
        assertThat(names(form.edited("up-2"))).containsExactly("A", "C", "B");
        assertThat(names(form.edited("down-0"))).containsExactly("B", "A", "C");
        assertThat(form.edited("up-2").slots().get(1).start()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(form.edited("up-2").name()).isEqualTo("Plan");
    }

    @Test
    void movingPastEitherEndChangesNothing() {
        assertThat(names(form.edited("up-0"))).containsExactly("A", "B", "C");
        assertThat(names(form.edited("down-2"))).containsExactly("A", "B", "C");
        assertThat(names(form.edited("up-9"))).containsExactly("A", "B", "C");
        assertThat(names(form.edited("nonsense"))).containsExactly("A", "B", "C");
    }

    @Test
    void removesAPhaseButNeverTheLastOne() {
        assertThat(names(form.edited("remove-1"))).containsExactly("A", "C");
        PlanForm one = new PlanForm(7L, "Plan", List.of(phase("A", "2026-01-01")));
        assertThat(names(one.edited("remove-0"))).containsExactly("A");
    }

    @Test
    void addsABlankPhaseThatIsLeftOutWhenSaved() {
        PlanForm added = form.edited("add");
        assertThat(added.slots()).hasSize(4);
        assertThat(added.toInput().phases()).hasSize(3);
        assertThat(added.toInput().phases().getFirst().trafficShare()).isEqualTo(0.5);
        assertThat(added.toInput().phases().getFirst().queues()).containsExactly("billing");
    }
}
