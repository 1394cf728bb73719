package com.steward.app.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A sample of a foreign export uploaded to the mapping editor: kept for a while under a random token for the one who
 * uploaded it, bounded in bytes and rows, never imported.
 *
 * @param token the random name the editor refers to it by
 * @param fileName the uploaded file's name (made safe)
 * @param file where it is kept
 * @param bytes its size as kept
 * @param cut whether only the head of the upload was kept (the upload was larger than the sample bounds)
 * @param owner who uploaded it
 */
public record MappingSample(
        String token, String fileName, Path file, long bytes, boolean cut, String owner, Instant uploadedAt) {}
