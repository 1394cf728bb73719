package com.steward.analytics.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Bounds on one imported file, checked by {@link #check} in one streaming pass with constant memory before any
 * reader (DuckDB's CSV reader, the direct path) sees the file. A crafted file otherwise costs unbounded memory and
 * time: a quoted field of megabytes spanning many lines made the CSV reader grow to tens of gigabytes, and an 8.9 MB
 * gzip upload expanded to 2.3 GB was read in full.
 *
 * @param maxDecompressedBytes largest size of a gzip file's content (and of a plain file)
 * @param maxCompressionRatio largest ratio of decompressed to compressed bytes of a gzip file, checked once
 *     {@link #RATIO_GRACE_BYTES} have been decompressed (CSV exports compress 5–15×; a bomb compresses 100–1000×)
 * @param maxFieldBytes longest field, quoted or not, in bytes
 * @param maxRecordBytes longest record (one CSV row, which a quoted field may spread over several lines), in bytes
 * @param maxRows most data rows (records after the header)
 * @param maxRejectsBytes largest rejects CSV kept for an import; a longer one is cut at a line end
 */
public record ImportLimits(
        long maxDecompressedBytes,
        double maxCompressionRatio,
        int maxFieldBytes,
        int maxRecordBytes,
        long maxRows,
        long maxRejectsBytes) {

    /** Decompressed bytes before the compression ratio is judged (small files may compress very well). */
    public static final long RATIO_GRACE_BYTES = 16L << 20;

    /**
     * The defaults: 8 GiB decompressed (several times the 10M-row demo's 1.6 GB), ratio 50, fields of 64 KiB (text
     * columns keep {@value Importer#MAX_TEXT} characters; the rest is there to report a clear error), records of
     * 1 MiB (below DuckDB's 2 MB line buffer), 200 million rows, 64 MiB of rejects.
     */
    public static ImportLimits defaults() {
        return new ImportLimits(8L << 30, 50, 64 << 10, 1 << 20, 200_000_000L, 64L << 20);
    }

    public ImportLimits {
        if (maxDecompressedBytes <= 0
                || maxCompressionRatio <= 1
                || maxFieldBytes <= 0
                || maxRecordBytes < maxFieldBytes
                || maxRows <= 0
                || maxRejectsBytes <= 0) {
            throw new IllegalArgumentException("import limits must be positive, the record limit at least the field"
                    + " limit and the compression ratio above 1: " + this);
        }
    }

    /**
     * Reads {@code file} once (decompressing gzip) and throws {@link ImportException} naming the line and the
     * limit at the first breach; returns normally for a file within every limit, and at once for Parquet (whose
     * reader allocates by row group, not by line).
     *
     * @param delimiter the field delimiter, or {@code null} for a comma
     */
    public void check(Path file, Character delimiter) {
        String name = file.getFileName().toString();
        byte[] magic = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot read file: " + e.getMessage(), e);
        }
        if (read == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1') {
            return;
        }
        boolean gzip = read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        try (CountingInputStream compressed = new CountingInputStream(Files.newInputStream(file));
                InputStream in = gzip ? new GZIPInputStream(compressed, 1 << 16) : compressed) {
            scan(name, in, gzip ? compressed : null, delimiter == null ? ',' : delimiter);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** Cuts a rejects CSV longer than {@link #maxRejectsBytes} at its last complete line and says so. */
    public boolean trimRejects(Path rejects) throws IOException {
        if (!Files.isRegularFile(rejects) || Files.size(rejects) <= maxRejectsBytes) {
            return false;
        }
        byte[] note = (",,,,\"rejects file cut at " + maxRejectsBytes + " bytes; fix the file and import it again\"\n")
                .getBytes(StandardCharsets.UTF_8);
        long keep = Math.max(0, maxRejectsBytes - note.length);
        try (var channel = FileChannel.open(rejects, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var tail = ByteBuffer.allocate((int) Math.min(keep, 1 << 20));
            channel.read(tail, keep - tail.capacity());
            tail.flip();
            int lastNewline = -1;
            for (int i = tail.limit() - 1; i >= 0; i--) {
                if (tail.get(i) == '\n') {
                    lastNewline = i;
                    break;
                }
            }
            keep = lastNewline < 0 ? 0 : keep - tail.capacity() + lastNewline + 1;
            channel.truncate(keep);
            channel.position(keep);
            channel.write(ByteBuffer.wrap(note));
        }
        return true;
    }

    private void scan(String name, InputStream in, CountingInputStream compressed, char delimiter) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        long line = 1; // physical line, 1 = header (quoted newlines count, as in the importer's reports)
        long recordStartLine = 1;
        long records = 0;
        long recordBytes = 0;
        long fieldBytes = 0;
        boolean quoted = false;
        boolean pendingQuote = false; // a quote inside a quoted field: either "" (escape) or the closing quote
        byte previous = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxDecompressedBytes) {
                throw breach(
                        name,
                        0,
                        (compressed != null ? "the decompressed file is" : "the file is") + " larger than "
                                + bytes(maxDecompressedBytes));
            }
            if (compressed != null
                    && total > RATIO_GRACE_BYTES
                    && total > maxCompressionRatio * Math.max(1, compressed.count())) {
                throw breach(
                        name,
                        0,
                        "the gzip file expands more than " + ratio() + "× (" + bytes(total) + " from "
                                + bytes(compressed.count()) + " so far): refused as a possible decompression bomb");
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (pendingQuote) {
                    pendingQuote = false;
                    if (b == '"') { // an escaped quote: still inside the field
                        fieldBytes++;
                        recordBytes++;
                        previous = b;
                        continue;
                    }
                    quoted = false;
                }
                if (quoted) {
                    if (b == '"') {
                        pendingQuote = true;
                    } else if (b == '\n') {
                        line++;
                    }
                } else if (b == '"' && fieldBytes == 0) {
                    quoted = true;
                } else if (b == delimiter) {
                    fieldBytes = -1;
                } else if (b == '\n' || (b == '\r')) {
                    if (b == '\n' && previous == '\r') {
                        previous = b;
                        continue;
                    }
                    if (recordBytes > 0) {
                        records++;
                        if (records - 1 > maxRows) {
                            throw breach(name, line, "more than " + maxRows + " data rows");
                        }
                    }
                    line++;
                    recordStartLine = line;
                    recordBytes = 0;
                    fieldBytes = 0;
                    previous = b;
                    continue;
                }
                fieldBytes++;
                recordBytes++;
                previous = b;
                if (fieldBytes > maxFieldBytes) {
                    throw breach(
                            name,
                            recordStartLine,
                            "a field is longer than " + bytes(maxFieldBytes)
                                    + (quoted ? " (a quoted field; is a closing quote missing?)" : ""));
                }
                if (recordBytes > maxRecordBytes) {
                    throw breach(name, recordStartLine, "a row is longer than " + bytes(maxRecordBytes));
                }
            }
        }
    }

    private static ImportException breach(String file, long line, String what) {
        return new ImportException(file, line, null, what + "; nothing was stored", null);
    }

    private String ratio() {
        return maxCompressionRatio == Math.rint(maxCompressionRatio)
                ? String.valueOf((long) maxCompressionRatio)
                : String.valueOf(maxCompressionRatio);
    }

    /** Bytes in the largest whole binary unit (64 KiB, 1 MiB, 8 GiB), or exact bytes. */
    static String bytes(long n) {
        String[] units = {"GiB", "MiB", "KiB"};
        int[] shifts = {30, 20, 10};
        for (int i = 0; i < units.length; i++) {
            if (n >= 1L << shifts[i] && n % (1L << shifts[i]) == 0) {
                return (n >> shifts[i]) + " " + units[i];
            }
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
        }
        return n + " bytes";
    }

    /** Counts the compressed bytes gzip has consumed, for the compression ratio. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
