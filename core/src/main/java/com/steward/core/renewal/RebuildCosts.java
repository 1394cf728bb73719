package com.steward.core.renewal;

/**
 * One-time costs of rebuilding an in-house team, in the base currency.
 *
 * @param hiring recruiting the agents, supervisors and managers, month 1
 * @param training initial training of the new team, month 1
 * @param facilities seats, fit-out and technology set-up, month 1
 * @param rampMonths months until the new team carries the work alone; the current vendor keeps running (and
 *     invoicing) meanwhile
 */
public record RebuildCosts(double hiring, double training, double facilities, int rampMonths) {

    public RebuildCosts {
        Numbers.nonNegative("hiring", hiring);
        Numbers.nonNegative("training", training);
        Numbers.nonNegative("facilities", facilities);
        if (rampMonths < 0 || rampMonths > 24) {
            throw new IllegalArgumentException("rampMonths must be in 0..24, was " + rampMonths);
        }
    }

    /** Hiring + training + facilities. */
    public double oneTime() {
        return hiring + training + facilities;
    }

    public RebuildCosts withRampMonths(int months) {
        return new RebuildCosts(hiring, training, facilities, months);
    }
}
