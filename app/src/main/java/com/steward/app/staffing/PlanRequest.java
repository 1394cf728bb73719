package com.steward.app.staffing;

/**
 * An interval plan asked for in a JSON body.
 *
 * @param forecastCsv the forecast as CSV text ({@code interval_start,contacts,aht_seconds})
 * @param goal the goal; null for {@link PlanQuery#defaults()}
 */
public record PlanRequest(String forecastCsv, PlanQuery goal) {

    /** The goal, or the defaults when none was given. */
    public PlanQuery goalOrDefaults() {
        return goal == null ? PlanQuery.defaults() : goal;
    }
}
