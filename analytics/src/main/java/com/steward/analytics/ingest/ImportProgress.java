package com.steward.analytics.ingest;

/**
 * Progress of one import, for progress bars. Reported from the importing thread and from a hashing thread.
 *
 * @param phase {@code hashing}, {@code reading}, {@code validating}, {@code writing} or {@code done}
 * @param rowsProcessed rows read so far (0 until the file has been read)
 * @param bytesProcessed bytes of the file hashed so far
 * @param totalBytes size of the file
 */
public record ImportProgress(String phase, long rowsProcessed, long bytesProcessed, long totalBytes) {}
