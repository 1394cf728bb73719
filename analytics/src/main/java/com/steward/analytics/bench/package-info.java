/** Benchmark entry points for the lake: demo generation, CSV import and KPI query timings. */
package com.steward.analytics.bench;
