package com.steward.app.scorecards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    ScorecardRun compared(@Nullable ScorecardRun published) {
        if (status != RunStatus.DRAFT || published == null) {
            return this;
        }
        boolean differs = numbers.differsFrom(published.numbers());
        return toBuilder()
                .restatementRequired(differs)
                .matchesPublished(!differs)
                .build();
    }

    /** True when the run has insufficient data and was not published with an override: no score, no standing. */
    public boolean insufficient() {
        return numbers.insufficient() && overrideReason == null;
    }

    ScorecardRun withNumbers(ScorecardNumbers shown) {
        return toBuilder().numbers(shown).build();
    }

    /** A new run, field by field (21 of them: named, so none is swapped for another). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this run's fields, to change some. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .contractId(contractId)
                .vendorId(vendorId)
                .period(period)
                .periodStart(periodStart)
                .periodEnd(periodEnd)
                .status(status)
                .version(version)
                .restatementReason(restatementReason)
                .supersedesId(supersedesId)
                .lakeGeneration(lakeGeneration)
                .importIds(importIds)
                .definitionsHash(definitionsHash)
                .numbers(numbers)
                .createdBy(createdBy)
                .createdAt(createdAt)
                .publishedBy(publishedBy)
                .publishedAt(publishedAt)
                .restatementRequired(restatementRequired)
                .matchesPublished(matchesPublished)
                .overrideReason(overrideReason);
    }

    /** Builds a {@link ScorecardRun}; every field not set keeps Java's default (0, false, null). */
    @SuppressWarnings("NullAway.Init")
    public static final class Builder {
        private long id;
        private long contractId;
        private long vendorId;
        private String period;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private RunStatus status;
        private @Nullable Integer version;
        private @Nullable String restatementReason;
        private @Nullable Long supersedesId;
        private long lakeGeneration;
        private List<Long> importIds;
        private String definitionsHash;
        private ScorecardNumbers numbers;
        private String createdBy;
        private Instant createdAt;
        private @Nullable String publishedBy;
        private @Nullable Instant publishedAt;
        private boolean restatementRequired;
        private boolean matchesPublished;
        private @Nullable String overrideReason;

        private Builder() {}

        public Builder id(long value) {
            this.id = value;
            return this;
        }

        public Builder contractId(long value) {
            this.contractId = value;
            return this;
        }

        public Builder vendorId(long value) {
            this.vendorId = value;
            return this;
        }

        public Builder period(String value) {
            this.period = value;
            return this;
        }

        public Builder periodStart(LocalDate value) {
            this.periodStart = value;
            return this;
        }

        public Builder periodEnd(LocalDate value) {
            this.periodEnd = value;
            return this;
        }

        public Builder status(RunStatus value) {
            this.status = value;
            return this;
        }

        public Builder version(@Nullable Integer value) {
            this.version = value;
            return this;
        }

        public Builder restatementReason(@Nullable String value) {
            this.restatementReason = value;
            return this;
        }

        public Builder supersedesId(@Nullable Long value) {
            this.supersedesId = value;
            return this;
        }

        public Builder lakeGeneration(long value) {
            this.lakeGeneration = value;
            return this;
        }

        public Builder importIds(List<Long> value) {
            this.importIds = value;
            return this;
        }

        public Builder definitionsHash(String value) {
            this.definitionsHash = value;
            return this;
        }

        public Builder numbers(ScorecardNumbers value) {
            this.numbers = value;
            return this;
        }

        public Builder createdBy(String value) {
            this.createdBy = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        public Builder publishedBy(@Nullable String value) {
            this.publishedBy = value;
            return this;
        }

        public Builder publishedAt(@Nullable Instant value) {
            this.publishedAt = value;
            return this;
        }

        public Builder restatementRequired(boolean value) {
            this.restatementRequired = value;
            return this;
        }

        public Builder matchesPublished(boolean value) {
            this.matchesPublished = value;
            return this;
        }

        public Builder overrideReason(@Nullable String value) {
            this.overrideReason = value;
            return this;
        }

        public ScorecardRun build() {
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
                    restatementRequired,
                    matchesPublished,
                    overrideReason);
        }
    }
}
