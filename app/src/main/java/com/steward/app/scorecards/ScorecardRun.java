package com.steward.app.scorecards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One scorecard run of a contract for one month.
 *
 * @param period {@code yyyy-MM}
 * @param version the published version (1, 2, …), null for a draft
 * @param restatementReason why a published period was restated (versions after the first)
 * @param supersedesId the published run this one restates
 * @param lakeGeneration the lake generation the numbers were computed from
 * @param importIds the imports whose data the lake held then
 * @param definitionsHash SHA-256 of the metric definitions' SQL text, settings and scorecard lines
 * @param restatementRequired a draft whose numbers differ from the published version of its period
 * @param matchesPublished a draft whose numbers equal the published version (nothing to publish)
 * @param overrideReason why a run with insufficient data was published anyway (recorded and audited), else null
 */
public record ScorecardRun(
        long id,
        long contractId,
        long vendorId,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        RunStatus status,
        Integer version,
        String restatementReason,
        Long supersedesId,
        long lakeGeneration,
        List<Long> importIds,
        String definitionsHash,
        ScorecardNumbers numbers,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt,
        boolean restatementRequired,
        boolean matchesPublished,
        String overrideReason) {

    public ScorecardRun {
        importIds = List.copyOf(importIds);
    }

    /** True for an ISO week's run ({@code yyyy-Www}): score and attainment only, credits and standings are monthly. */
    public boolean isWeekly() {
        return ScorecardPeriod.isWeekly(period);
    }

    ScorecardRun compared(ScorecardRun published) {
        if (status != RunStatus.DRAFT || published == null) {
            return this;
        }
        boolean differs = numbers.differsFrom(published.numbers());
        return new ScorecardRun(
                id,
                contractId,
                vendorId,
                period,
                periodStart,
                periodEnd,
                status,
                version,
                restatementReason,
                supersedesId,
                lakeGeneration,
                importIds,
                definitionsHash,
                numbers,
                createdBy,
                createdAt,
                publishedBy,
                publishedAt,
                differs,
                !differs,
                overrideReason);
    }

    /** True when the run has insufficient data and was not published with an override: no score, no standing. */
    public boolean insufficient() {
        return numbers.insufficient() && overrideReason == null;
    }

    ScorecardRun withNumbers(ScorecardNumbers shown) {
        return new ScorecardRun(
                id,
                contractId,
                vendorId,
                period,
                periodStart,
                periodEnd,
                status,
                version,
                restatementReason,
                supersedesId,
                lakeGeneration,
                importIds,
                definitionsHash,
                shown,
                createdBy,
                createdAt,
                publishedBy,
                publishedAt,
                restatementRequired,
                matchesPublished,
                overrideReason);
    }
}
