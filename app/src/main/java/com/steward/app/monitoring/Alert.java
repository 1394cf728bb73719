package com.steward.app.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A statistically real shift: the first week of a run of EWMA signals of one vendor's metric.
 *
 * @param week the Monday of the signalling week
 * @param direction HIGH or LOW: which way the metric moved
 * @param notification what happened to the e-mail (sent to …, or why it was not sent)
 */
public record Alert(
        long id,
        @Nullable Long vendorId,
        String vendorCode,
        String metricId,
        LocalDate week,
        String direction,
        double observed,
        double statistic,
        double centre,
        double lcl,
        double ucl,
        long sampleSize,
        AlertStatus status,
        @Nullable String notification,
        Instant raisedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable String note) {}
