package com.steward.analytics.ingest;

/**
 * One reason a row was rejected; a row with several problems yields several.
 *
 * @param file the file name
 * @param line the line of the record: header is line 1, so the first record is line 2 (records spanning
 *     several physical lines count as one); for Parquet the row number starting at 1
 * @param column the canonical column at fault, or the source column for a missing one
 * @param value the offending source value, cut to 200 characters ({@code null} when missing)
 * @param reason a sentence a person can act on
 */
public record RejectedRow(String file, long line, String column, String value, String reason) {}
