/** Benchmark entry points for the lake: demo generation, CSV import, KPI query and freshness timings. */
@NullMarked
package com.steward.analytics.bench;

import org.jspecify.annotations.NullMarked;
