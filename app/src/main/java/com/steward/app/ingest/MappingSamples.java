package com.steward.app.ingest;

import com.steward.analytics.ingest.ImportException;
import com.steward.analytics.ingest.ImportLimits;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * The samples the mapping editor previews on: uploaded once, then referred to by token while the analyst types. A
 * sample is bounded as an import is ({@link ImportLimits}), but tighter: at most {@code steward.mapping-editor
 * .sample-size} bytes (default 8 MB) and {@code sample-rows} rows (default 100,000); a larger plain-text upload keeps
 * its head (whole records), a larger gzip or Parquet file is refused. Samples live in memory's index only: after a
 * restart, or {@code sample-ttl} (default 2 h), or when more than {@code max-samples} exist, they are gone.
 */
@Service
public class MappingSamples {

    private static final int MAX_SAMPLES = 50;

    private final Path folder;
    private final ImportLimits limits;
    private final VendorAccess access;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, MappingSample> samples = new ConcurrentHashMap<>();

    MappingSamples(
            @Value("${steward.data-dir}") String dataDir,
            ImportLimits importLimits,
            VendorAccess access,
            Clock clock,
            @Value("${steward.mapping-editor.sample-size:8MB}") DataSize sampleSize,
            @Value("${steward.mapping-editor.sample-rows:100000}") long sampleRows,
            @Value("${steward.mapping-editor.sample-ttl:PT2H}") Duration ttl) {
        this.folder = Path.of(dataDir, "mapping-samples").toAbsolutePath().normalize();
        this.limits = sampleLimits(importLimits, sampleSize.toBytes(), sampleRows);
        this.access = access;
        this.clock = clock;
        this.ttl = ttl;
        FileSystemUtils.deleteRecursively(folder.toFile()); // an index lost on restart: its files too
    }

    /** The import limits with the sample's bounds on bytes and rows. */
    static ImportLimits sampleLimits(ImportLimits importLimits, long bytes, long rows) {
        return new ImportLimits(
                Math.min(bytes, importLimits.maxDecompressedBytes()),
                importLimits.maxCompressionRatio(),
                importLimits.maxFieldBytes(),
                importLimits.maxRecordBytes(),
                Math.min(rows, importLimits.maxRows()),
                importLimits.maxRejectsBytes());
    }

    /** The bounds a sample is held to. */
    public ImportLimits limits() {
        return limits;
    }

    /**
     * Keeps an upload as a sample: its head when it is plain text larger than the bounds; refused (with the reason)
     * when empty, a larger gzip or Parquet file, or beyond the field and row-length limits.
     */
    public MappingSample save(String originalName, InputStream content) {
        expire();
        String name = safeName(originalName);
        String token = UUID.randomUUID().toString();
        try {
            Path target = Files.createDirectories(folder.resolve(token)).resolve(name);
            boolean cut = copyHead(content, target);
            long bytes = Files.size(target);
            if (bytes == 0) {
                delete(token);
                throw new InvalidRequestException("file", "The sample is empty: choose a CSV or JSON-lines file");
            }
            limits.check(target, null);
            MappingSample sample =
                    new MappingSample(token, name, target, bytes, cut, access.currentActor(), clock.instant());
            samples.put(token, sample);
            return sample;
        } catch (ImportException e) {
            delete(token);
            throw new InvalidRequestException("file", e.getMessage());
        } catch (IOException e) {
            delete(token);
            throw new InvalidRequestException("file", "The sample could not be kept: " + e.getMessage());
        }
    }

    /** The caller's sample of this token, while it is kept (another user's sample is not found). */
    public Optional<MappingSample> find(String token) {
        expire();
        MappingSample sample = samples.get(token);
        if (sample == null || !sample.owner().equals(access.currentActor())) {
            return Optional.empty();
        }
        return Optional.of(sample);
    }

    /**
     * Copies at most the sample's bytes and rows of {@code in}; returns whether the upload was longer. A longer
     * compressed or binary file cannot be cut and is refused.
     */
    private boolean copyHead(InputStream in, Path target) throws IOException {
        long maxBytes = limits.maxDecompressedBytes();
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        long records = -1; // the header is not a data row
        boolean quoted = false;
        boolean binary = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (copied == 0) {
                    binary = gzipOrParquet(buffer, n);
                }
                int keep = n;
                boolean full = false;
                for (int i = 0; i < n && !binary; i++) {
                    if (buffer[i] == '"') {
                        quoted = !quoted;
                    } else if (buffer[i] == '\n' && !quoted && ++records >= limits.maxRows()) {
                        keep = i + 1;
                        full = true;
                        break;
                    }
                }
                if (copied + keep > maxBytes) {
                    if (binary) {
                        throw new InvalidRequestException(
                                "file",
                                "The sample is larger than "
                                        + DataSize.ofBytes(maxBytes).toMegabytes()
                                        + " MB; a compressed or Parquet sample cannot be cut: upload its first rows"
                                        + " as CSV");
                    }
                    out.write(buffer, 0, (int) (maxBytes - copied));
                    break;
                }
                out.write(buffer, 0, keep);
                copied += keep;
                if (full) {
                    return in.read() >= 0;
                }
            }
            if (copied < maxBytes) {
                return false;
            }
        }
        cutAtLastRecord(target);
        return true;
    }

    private static boolean gzipOrParquet(byte[] head, int n) {
        boolean gzip = n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        boolean parquet = n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
        return gzip || parquet;
    }

    /** Drops a partial last line, so a cut sample ends with a whole record. */
    private static void cutAtLastRecord(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, end);
        }
    }

    private static String safeName(String originalName) {
        String raw = originalName == null ? "" : originalName.replace('\\', '/');
        String name = raw.substring(raw.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "sample" + name;
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    /** Forgets samples older than the time to live, and the oldest beyond {@value #MAX_SAMPLES}. */
    private void expire() {
        Instant oldest = clock.instant().minus(ttl);
        samples.values().stream()
                .filter(s -> s.uploadedAt().isBefore(oldest))
                .toList()
                .forEach(s -> delete(s.token()));
        if (samples.size() >= MAX_SAMPLES) {
            try (Stream<MappingSample> all = samples.values().stream()) {
                all.sorted(Comparator.comparing(MappingSample::uploadedAt))
                        .limit(samples.size() - MAX_SAMPLES + 1L)
                        .toList()
                        .forEach(s -> delete(s.token()));
            }
        }
    }

    private void delete(String token) {
        samples.remove(token);
        FileSystemUtils.deleteRecursively(folder.resolve(token).toFile());
    }
}
