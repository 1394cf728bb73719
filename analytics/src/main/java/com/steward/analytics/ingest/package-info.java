/**
 * Imports interaction and customer-event files (CSV, gzip CSV, Parquet) into the lake: column mapping,
 * validation in bulk SQL, per-row reject report, idempotent and atomic commit. Canonical interaction CSVs are
 * first tried by a Java parser that writes the Parquet itself and defers to the SQL path on any doubt.
 */
package com.steward.analytics.ingest;
