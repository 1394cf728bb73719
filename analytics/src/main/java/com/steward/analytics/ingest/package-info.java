/**
 * Imports interaction and customer-event files (CSV, gzip CSV, Parquet) into the lake: column mapping,
 * validation in bulk SQL, per-row reject report, idempotent and atomic commit.
 */
package com.steward.analytics.ingest;
