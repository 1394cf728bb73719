package com.steward.app.staffing.web;

import com.steward.app.staffing.PlanQuery;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The interval plan's goal: a service level ({@code goal=sl}) or an average speed of answer ({@code goal=asa}),
 * the threshold, the patience (blank = Erlang C), the occupancy cap and the shrinkage.
 */
public record StaffingPlanForm(
        @Pattern(regexp = "sl|asa") @Nullable String goal,
        @DecimalMin("0.01") @DecimalMax("0.999") @Nullable Double targetServiceLevel,
        @Positive @Nullable Double targetAsaSeconds,
        @PositiveOrZero @Nullable Double targetSeconds,
        @Positive @Nullable Double patienceSeconds,
        @DecimalMin("0.01") @DecimalMax("1") @Nullable Double maxOccupancy,
        @DecimalMin("0") @DecimalMax("0.99") @Nullable Double shrinkage) {

    /** The goals, as the form's options name them. */
    public static final Map<String, String> GOALS = goals();

    private static Map<String, String> goals() {
        Map<String, String> goals = new LinkedHashMap<>();
        goals.put("sl", "Service level (0–1)");
        goals.put("asa", "Average speed of answer (seconds)");
        return Collections.unmodifiableMap(goals);
    }

    /** 80 % of contacts answered in 20 s, no occupancy cap, shrinkage 0.3. */
    static StaffingPlanForm defaults() {
        return new StaffingPlanForm("sl", 0.8, 30.0, 20.0, null, 1.0, 0.3);
    }

    /** Nothing posted (the page opened by a link): the defaults. */
    boolean isEmpty() {
        return goal == null
                && targetServiceLevel == null
                && targetAsaSeconds == null
                && targetSeconds == null
                && maxOccupancy == null
                && shrinkage == null;
    }

    PlanQuery toQuery() {
        boolean asa = "asa".equals(goal);
        return new PlanQuery(
                asa ? null : targetServiceLevel,
                asa ? targetAsaSeconds : null,
                targetSeconds,
                patienceSeconds,
                maxOccupancy,
                shrinkage);
    }
}
