package com.steward.analytics.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * The head of a text file (CSV or JSON lines, optionally gzip) copied to a temporary file: the header and the first
 * records, so that a preview of a file of any size reads a few kilobytes. A record is only ended by a newline outside
 * double quotes, so a quoted field spanning lines is copied whole. Parquet files are copied whole (they are read by
 * column chunks, not from their start).
 */
final class FileHead {
    /** At most this many bytes are copied, whatever the records. */
    static final int MAX_BYTES = 16 << 20;

    private FileHead() {}

    /** A temporary copy of the header and the first {@code records} records of {@code file}. */
    static Path copy(Path file, int records) {
        try {
            String name = file.getFileName().toString().replaceAll("\\.gz$", "");
            Path head = Files.createTempFile("steward-head-", "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
            byte[] magic;
            try (InputStream in = Files.newInputStream(file)) {
                magic = in.readNBytes(4);
            }
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1') {
                Files.copy(file, head, StandardCopyOption.REPLACE_EXISTING);
                return head;
            }
            boolean gzip = magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
            // JSON lines escape quotes and newlines inside strings: a newline always ends a record.
            boolean jsonLines = !gzip && magic.length > 0 && magic[0] == '{';
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                    InputStream in = gzip ? new GZIPInputStream(raw) : raw;
                    OutputStream out = Files.newOutputStream(head)) {
                boolean quoted = false;
                int lines = 0;
                long copied = 0;
                byte[] buffer = new byte[1 << 16];
                int n;
                outer:
                while ((n = in.read(buffer)) > 0) {
                    for (int i = 0; i < n; i++) {
                        byte b = buffer[i];
                        if (b == '"' && !jsonLines) {
                            quoted = !quoted;
                        } else if (b == '\n' && !quoted && ++lines > records) {
                            out.write(buffer, 0, i + 1);
                            break outer;
                        }
                        if (copied + i + 1 >= MAX_BYTES) {
                            out.write(buffer, 0, i + 1);
                            break outer;
                        }
                    }
                    out.write(buffer, 0, n);
                    copied += n;
                }
            }
            return head;
        } catch (IOException e) {
            throw new ImportException(file.getFileName().toString(), 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    static void delete(Path head) {
        try {
            Files.deleteIfExists(head);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
