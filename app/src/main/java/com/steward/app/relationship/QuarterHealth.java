package com.steward.app.relationship;

import com.steward.core.relationship.HealthComponent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The health index of one vendor in one quarter with its components.
 *
 * @param quarter {@code yyyy-Qn}
 * @param index 0–100, null when no component had data
 * @param components every component, used or not, in {@link HealthComponent} order
 */
public record QuarterHealth(String quarter, @Nullable Double index, List<ComponentScore> components) {

    public QuarterHealth {
        components = List.copyOf(components);
    }

    /** The components the index used. */
    public List<HealthComponent> used() {
        return components.stream()
                .filter(c -> c.weight() != null)
                .map(ComponentScore::component)
                .toList();
    }

    public ComponentScore component(HealthComponent which) {
        return components.stream()
                .filter(c -> c.component() == which)
                .findFirst()
                .orElseThrow();
    }

    /**
     * One component.
     *
     * @param score 0–100, null when missing (no data this quarter)
     * @param weight the renormalised weight it had in the index (sum 1 over the used ones), null when not used
     * @param basis what the score was computed from, e.g. {@code 7 of 8 promises kept on time}
     */
    public record ComponentScore(
            HealthComponent component,
            String label,
            @Nullable Double score,
            @Nullable Double weight,
            String basis) {}
}
