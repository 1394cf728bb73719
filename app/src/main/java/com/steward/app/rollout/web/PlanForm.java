package com.steward.app.rollout.web;

import com.steward.app.rollout.Gate;
import com.steward.app.rollout.PlanInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The transition plan editor: {@code phases[p].gates[g].metric} and so on. Phases run in the form's order; the
 * editor adds, moves and removes phases before the plan is saved. A phase with no name and no dates, and a gate
 * with no metric, are blank slots and are left out.
 */
public record PlanForm(
        @NotNull @Nullable Long vendorId,
        @NotBlank @Size(max = 200) @Nullable String name,
        @Nullable List<@Valid PhaseForm> phases) {

    /** At least one phase, and no gaps where a phase index was skipped. */
    public PlanForm {
        List<PhaseForm> list = new ArrayList<>();
        for (PhaseForm p : phases == null ? List.<PhaseForm>of() : phases) {
            list.add(p == null ? PhaseForm.blank("") : p);
        }
        if (list.isEmpty()) {
            list.add(PhaseForm.blank(""));
        }
        phases = List.copyOf(list);
    }

    /** Gate rows per phase on the form. */
    static final int GATE_ROWS = 3;

    /** One phase as typed: the share in percent, the segments comma-separated. */
    public record PhaseForm(
            @Size(max = 200) @Nullable String name,
            @Size(max = 1000) @Nullable String queues,
            @Size(max = 1000) @Nullable String regions,
            @DecimalMin("1") @DecimalMax("100") @Nullable Double sharePercent,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate start,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate end,

            @Nullable List<GateForm> gates) {

        /** Always {@link #GATE_ROWS} gate rows at least, so every row of the form has an object behind it. */
        public PhaseForm {
            List<GateForm> rows = new ArrayList<>();
            for (GateForm g : gates == null ? List.<GateForm>of() : gates) {
                rows.add(g == null ? new GateForm(null, Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, null) : g);
            }
            while (rows.size() < GATE_ROWS) {
                rows.add(new GateForm(null, Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, null));
            }
            gates = List.copyOf(rows);
        }

        static PhaseForm blank(String name) {
            return new PhaseForm(name, "", "", 100.0, null, null, List.of());
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && start == null && end == null;
        }

        /** The gate rows to show. */
        public List<GateForm> rows() {
            return gates == null ? List.of() : gates;
        }

        PlanInput.PhaseInput toInput() {
            List<PlanInput.GateInput> typed = new ArrayList<>();
            for (GateForm g : gates == null ? List.<GateForm>of() : gates) {
                if (g != null && g.metric() != null && !g.metric().isBlank()) {
                    typed.add(new PlanInput.GateInput(g.metric(), g.basis(), g.comparison(), g.threshold()));
                }
            }
            return new PlanInput.PhaseInput(
                    name == null || name.isBlank() ? null : name.strip(),
                    split(queues),
                    split(regions),
                    (sharePercent == null ? 100 : sharePercent) / 100,
                    start,
                    end,
                    typed);
        }
    }

    /** One gate row; a row without a metric is not a gate. */
    public record GateForm(
            @Nullable String metric,
            Gate.@Nullable Basis basis,
            Gate.@Nullable Comparison comparison,
            @Nullable Double threshold) {}

    /** A new plan: a pilot, then two waves to fill in or leave blank. */
    static PlanForm blank() {
        return new PlanForm(null, "", List.of(PhaseForm.blank("Pilot"), PhaseForm.blank(""), PhaseForm.blank("")));
    }

    /** The phases shown, never fewer than one. */
    public List<PhaseForm> slots() {
        return phases == null ? List.of(PhaseForm.blank("")) : phases;
    }

    /**
     * The form after an editor action: {@code add}, {@code up-<p>}, {@code down-<p>} or {@code remove-<p>} (p from
     * 0); the last phase is never removed. An unknown action leaves the form as it is.
     */
    PlanForm edited(String action) {
        List<PhaseForm> list = new ArrayList<>(slots());
        String[] parts = action.split("-", 2);
        int p = parts.length == 2 && parts[1].chars().allMatch(Character::isDigit) && !parts[1].isEmpty()
                ? Integer.parseInt(parts[1])
                : -1;
        switch (parts[0]) {
            case "add" -> list.add(PhaseForm.blank(""));
            case "up" -> {
                if (p > 0 && p < list.size()) {
                    Collections.swap(list, p, p - 1);
                }
            }
            case "down" -> {
                if (p >= 0 && p < list.size() - 1) {
                    Collections.swap(list, p, p + 1);
                }
            }
            case "remove" -> {
                if (p >= 0 && p < list.size() && list.size() > 1) {
                    list.remove(p);
                }
            }
            default -> {}
        }
        return new PlanForm(vendorId, name, list);
    }

    /** Called once the form is valid. */
    @SuppressWarnings("NullAway")
    PlanInput toInput() {
        List<PlanInput.PhaseInput> typed = new ArrayList<>();
        for (PhaseForm phase : slots()) {
            if (phase != null && !phase.isBlank()) {
                typed.add(phase.toInput());
            }
        }
        return new PlanInput(vendorId, null, name, typed);
    }

    private static List<String> split(@Nullable String csv) {
        return csv == null
                ? List.of()
                : Arrays.stream(csv.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
