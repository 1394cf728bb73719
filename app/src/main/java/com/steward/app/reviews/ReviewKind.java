package com.steward.app.reviews;

import com.steward.core.governance.Frequency;

/** The kinds of review meeting, each with its frequency and default length. */
public enum ReviewKind {
    WEEKLY_OPERATIONS("Weekly operations review", Frequency.WEEKLY, 45),
    MONTHLY_REVIEW("Monthly performance review", Frequency.MONTHLY, 90),
    QUARTERLY_BUSINESS_REVIEW("Quarterly business review", Frequency.QUARTERLY, 180);

    private final String title;
    private final Frequency frequency;
    private final int defaultMinutes;

    ReviewKind(String title, Frequency frequency, int defaultMinutes) {
        this.title = title;
        this.frequency = frequency;
        this.defaultMinutes = defaultMinutes;
    }

    public String title() {
        return title;
    }

    public Frequency frequency() {
        return frequency;
    }

    public int defaultMinutes() {
        return defaultMinutes;
    }
}
