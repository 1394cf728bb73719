package com.steward.app.contracts;

import java.util.List;

/**
 * The contract's published monthly scorecard runs, as {@link ContractMonths} reads them for each month's one figure.
 * The scorecards module implements it (it depends on contracts, not the other way round); reads are not scoped here,
 * the caller has already checked that the contract is visible.
 */
public interface PublishedScorecards {

    /** The current published version of each month's run (weeks left out), oldest month first. */
    List<PublishedMonth> publishedMonths(long contractId);

    /**
     * One month's published run as stored (a snapshot: its lines never change).
     *
     * @param period {@code yyyy-MM}
     * @param runId the run
     * @param version its published version (restatements count up)
     * @param lines the scorecard's lines as the run measured them
     * @param insufficientData why the run had insufficient data (empty when it had enough)
     * @param overrideReason why it was published despite insufficient data, null when it needed no override
     */
    record PublishedMonth(
            String period,
            long runId,
            int version,
            List<Line> lines,
            List<String> insufficientData,
            String overrideReason) {

        public PublishedMonth {
            lines = List.copyOf(lines);
            insufficientData = List.copyOf(insufficientData);
        }
    }

    /**
     * One scorecard line of a published run.
     *
     * @param measured the vendor's value, null when not reported
     * @param insufficient the value's sample was below the metric's minimum (or the value was not reported)
     */
    record Line(
            String metricId, double target, double threshold, double weight, Double measured, boolean insufficient) {}
}
