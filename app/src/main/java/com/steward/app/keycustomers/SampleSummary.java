package com.steward.app.keycustomers;

import com.steward.core.statistics.Interval;
import java.util.List;

/**
 * The voice of a month's sampled key customers (client staff view).
 *
 * @param called calls with an outcome
 * @param meanSatisfaction mean 1–5 of reached customers, null when none was reached
 * @param interval 95% Student-t interval of the mean, null with fewer than two reached
 * @param feedback every non-empty feedback with who it came from
 */
public record SampleSummary(
        long sampleId,
        long vendorId,
        String vendorName,
        String month,
        int sampled,
        int called,
        int reached,
        int noAnswer,
        int declined,
        int followUps,
        Double meanSatisfaction,
        Interval interval,
        List<Integer> distribution,
        List<Feedback> feedback) {

    public SampleSummary {
        distribution = List.copyOf(distribution);
        feedback = List.copyOf(feedback);
    }

    /** One customer's feedback. */
    public record Feedback(
            String customerId, String customerName, Integer satisfaction, String text, boolean followUp) {}
}
