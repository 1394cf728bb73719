package com.steward.core.staffing;

/**
 * Workload of one queue in one interval, and the answer-time threshold used for service level.
 *
 * @param contactsPerInterval forecast offered contacts in the interval, ≥ 0
 * @param intervalSeconds interval length in seconds, > 0 (900, 1800, 3600 …)
 * @param ahtSeconds average handle time in seconds (talk + hold + after-contact work), > 0
 * @param targetAnswerSeconds service-level threshold T: "answered within T seconds", ≥ 0
 */
public record StaffingInput(
        double contactsPerInterval, double intervalSeconds, double ahtSeconds, double targetAnswerSeconds) {

    public StaffingInput {
        Checks.nonNegative("contactsPerInterval", contactsPerInterval);
        Checks.positive("intervalSeconds", intervalSeconds);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.nonNegative("targetAnswerSeconds", targetAnswerSeconds);
    }

    /**
     * An input given directly as an offered load, for a one-hour interval.
     *
     * @param offeredLoad A in erlangs, ≥ 0
     */
    public static StaffingInput ofOfferedLoad(double offeredLoad, double ahtSeconds, double targetAnswerSeconds) {
        Checks.nonNegative("offeredLoad", offeredLoad);
        return new StaffingInput(offeredLoad * 3600.0 / ahtSeconds, 3600.0, ahtSeconds, targetAnswerSeconds);
    }

    /** Offered load A = λ · AHT in erlangs (contacts × AHT / interval length). */
    public double offeredLoad() {
        return contactsPerInterval * ahtSeconds / intervalSeconds;
    }

    /** Arrival rate λ in contacts per second. */
    public double arrivalRatePerSecond() {
        return contactsPerInterval / intervalSeconds;
    }

    /** The same workload with another service-level threshold. */
    public StaffingInput withTargetAnswerSeconds(double seconds) {
        return new StaffingInput(contactsPerInterval, intervalSeconds, ahtSeconds, seconds);
    }
}
