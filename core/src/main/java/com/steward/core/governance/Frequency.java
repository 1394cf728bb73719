package com.steward.core.governance;

import java.time.LocalDateTime;

/** How often a review recurs. Each occurrence is counted from the first, so a meeting on the 31st stays late-month. */
public enum Frequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY;

    /** The {@code n}-th occurrence's local date-time (n = 0 is the first); months clamp to the month's last day. */
    public LocalDateTime nth(LocalDateTime first, long n) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(n);
            case MONTHLY -> first.plusMonths(n);
            case QUARTERLY -> first.plusMonths(3 * n);
        };
    }
}
