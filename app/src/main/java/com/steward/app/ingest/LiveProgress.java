package com.steward.app.ingest;

/**
 * How far a running import has come, for the browser's progress view.
 *
 * @param phase {@code queued}, {@code hashing}, {@code reading}, {@code validating}, {@code writing}, {@code done}
 * @param percent 0–100, estimated from the phase and the bytes hashed
 * @param rowsPerSecond rows processed per second since the start (0 until rows are known)
 */
public record LiveProgress(String phase, long rows, long bytes, long totalBytes, int percent, long rowsPerSecond) {}
