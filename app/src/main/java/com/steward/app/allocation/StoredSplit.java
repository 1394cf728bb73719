package com.steward.app.allocation;

import org.jspecify.annotations.Nullable;

/**
 * One handler's part of a segment's split.
 *
 * @param mode {@code SHARE} or {@code CAP}
 * @param share 0..1 when {@code SHARE}
 * @param cap contacts per interval when {@code CAP}; {@code null} = unlimited
 * @param source where it came from: {@code phase "…" of plan "…"}, {@code in-house remainder} or {@code given}
 */
public record StoredSplit(
        String queue,
        String region,
        String handler,
        int ordinal,
        String mode,
        @Nullable Double share,
        @Nullable Double cap,
        String source) {}
