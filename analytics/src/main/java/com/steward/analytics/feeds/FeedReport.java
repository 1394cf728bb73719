package com.steward.analytics.feeds;

import com.steward.analytics.ingest.ImportReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one feed import.
 *
 * @param report the import's record, rows read and the first rejection reasons (the same shape as an interaction
 *     import's)
 * @param unknownInteractions rows whose interaction is not in the lake under the import's source (rejected or kept,
 *     by {@code policy})
 * @param policy what was done with them
 * @param unknownExamples the first few of those interaction ids
 */
public record FeedReport(
        ImportReport report, long unknownInteractions, UnknownInteractions policy, List<String> unknownExamples) {
    public FeedReport {
        unknownExamples = List.copyOf(unknownExamples);
    }

    /** A sentence for the import's record, or {@code null} when every row matched an interaction. */
    public @Nullable String unknownSummary() {
        if (unknownInteractions == 0) {
            return null;
        }
        return unknownInteractions + " row(s) for interactions not in the lake under source '"
                + report.record().source() + "' ("
                + (policy == UnknownInteractions.KEEP ? "kept: they join when the interactions arrive" : "rejected")
                + "), e.g. " + String.join(", ", unknownExamples);
    }
}
