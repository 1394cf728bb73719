package com.steward.app.lake;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Rows of one import found in the lake: its import id, source, row count and when its first row was written. */
public record LakeImport(String importId, @Nullable String source, long rows, Instant firstIngested) {}
