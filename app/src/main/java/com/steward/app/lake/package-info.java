/**
 * The one door to the interaction lake: {@link com.steward.app.lake.InteractionLake} is the only code of the
 * application that opens DuckDB or touches {@code com.steward.analytics.lake} (checked by {@code ArchitectureTest}).
 * Every query — the KPI set and the lake queries of {@code com.steward.analytics.queries} — runs through it and is
 * computed once per lake generation; imports, feeds, compaction and recovery reach the lake through it too.
 */
@NullMarked
package com.steward.app.lake;

import org.jspecify.annotations.NullMarked;
