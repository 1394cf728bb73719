package com.steward.core.costing;

import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingInput;

/**
 * The monthly workload every option is priced on, so that per-hour, per-minute, per-contact and
 * per-FTE prices all describe the same work.
 *
 * <p>Staffed agents are sized with Erlang C for the average hourly load over the open hours (a
 * flat intraday profile); for an interval-level figure use a {@code StaffingPlan} and pass its agent
 * hours through {@link #withAgentHoursPerMonth}.
 *
 * @param contactsPerMonth handled contacts per month, ≥ 0
 * @param ahtSeconds average handle time in seconds, &gt; 0
 * @param openHoursPerMonth hours the queue is open per month, &gt; 0 (default 365 = 12 h × 30.4 days)
 * @param targetServiceLevel service-level goal in (0, 1), e.g. 0.8
 * @param targetAnswerSeconds service-level threshold in seconds, e.g. 20
 * @param agentHoursOverride agent hours per month if known from an interval plan, or NaN to size
 *     with Erlang C
 */
public record Workload(
        double contactsPerMonth,
        double ahtSeconds,
        double openHoursPerMonth,
        double targetServiceLevel,
        double targetAnswerSeconds,
        double agentHoursOverride) {

    /** Default open hours per month: 12 hours a day, 365/12 days. */
    public static final double DEFAULT_OPEN_HOURS_PER_MONTH = 12 * 365.0 / 12;

    public Workload {
        Checks.nonNegative("contactsPerMonth", contactsPerMonth);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.positive("openHoursPerMonth", openHoursPerMonth);
        if (!(targetServiceLevel > 0 && targetServiceLevel < 1)) {
            throw new IllegalArgumentException(
                    "targetServiceLevel must be strictly between 0 and 1, was " + targetServiceLevel);
        }
        Checks.nonNegative("targetAnswerSeconds", targetAnswerSeconds);
        if (!Double.isNaN(agentHoursOverride)) {
            Checks.nonNegative("agentHoursOverride", agentHoursOverride);
        }
    }

    /** A workload with default open hours and an 80/20 service goal. */
    public static Workload of(double contactsPerMonth, double ahtSeconds) {
        return new Workload(contactsPerMonth, ahtSeconds, DEFAULT_OPEN_HOURS_PER_MONTH, 0.8, 20, Double.NaN);
    }

    public Workload withContactsPerMonth(double contacts) {
        return new Workload(
                contacts, ahtSeconds, openHoursPerMonth, targetServiceLevel, targetAnswerSeconds, agentHoursOverride);
    }

    public Workload withAhtSeconds(double aht) {
        return new Workload(
                contactsPerMonth, aht, openHoursPerMonth, targetServiceLevel, targetAnswerSeconds, agentHoursOverride);
    }

    /** The same workload with agent hours taken from an interval plan instead of Erlang C on averages. */
    public Workload withAgentHoursPerMonth(double agentHours) {
        return new Workload(
                contactsPerMonth, ahtSeconds, openHoursPerMonth, targetServiceLevel, targetAnswerSeconds, agentHours);
    }

    /** Handled minutes per month: contacts × AHT / 60. */
    public double handledMinutes() {
        return contactsPerMonth * ahtSeconds / 60.0;
    }

    /** Agents on the phones while open: Erlang C on the average hourly load. */
    public int staffedAgents() {
        StaffingInput input =
                new StaffingInput(contactsPerMonth / openHoursPerMonth, 3600.0, ahtSeconds, targetAnswerSeconds);
        return RequiredAgents.forServiceLevel(input, targetServiceLevel, 1).agents();
    }

    /**
     * Logged-in (productive) agent hours per month: the override if set, else staffed agents × open
     * hours. This is the quantity billed per productive hour.
     */
    public double agentHoursPerMonth() {
        return Double.isNaN(agentHoursOverride) ? staffedAgents() * openHoursPerMonth : agentHoursOverride;
    }
}
