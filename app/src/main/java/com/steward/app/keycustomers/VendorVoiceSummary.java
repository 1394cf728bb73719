package com.steward.app.keycustomers;

import com.steward.core.statistics.Interval;
import java.util.Map;

/**
 * What a vendor may see of its key customers' voice in a month (for the review pack): counts, the mean satisfaction
 * with its interval and how often each feedback theme came up — no customer ids, names, queues or feedback text.
 *
 * @param themes theme → number of feedbacks mentioning it (see {@link FeedbackThemes})
 */
public record VendorVoiceSummary(
        long vendorId,
        String month,
        int sampled,
        int called,
        int reached,
        Double meanSatisfaction,
        Interval interval,
        Map<String, Integer> themes) {

    public VendorVoiceSummary {
        themes = Map.copyOf(themes);
    }
}
