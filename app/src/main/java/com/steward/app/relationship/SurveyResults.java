package com.steward.app.relationship;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate results of one survey. When {@code shown} is false (fewer responses than the minimum group size,
 * or the survey still open) only the counts are filled: no means, distributions or comments.
 *
 * @param hiddenReason why results are hidden, null when shown
 * @param overallMean the mean over all dimensions and responses (1–5)
 * @param score {@code overallMean} mapped to 0–100
 * @param comments the comments in alphabetical order (never in answer order)
 */
public record SurveyResults(
        long surveyId,
        long vendorId,
        SurveyDirection direction,
        String quarter,
        int responses,
        int minGroupSize,
        boolean shown,
        @Nullable String hiddenReason,
        List<DimensionResult> dimensions,
        @Nullable Double overallMean,
        @Nullable Double score,
        List<String> comments) {

    public SurveyResults {
        dimensions = List.copyOf(dimensions);
        comments = List.copyOf(comments);
    }

    /**
     * One dimension's results.
     *
     * @param distribution counts of scores 1..5
     */
    public record DimensionResult(String id, String label, double mean, List<Integer> distribution) {}
}
