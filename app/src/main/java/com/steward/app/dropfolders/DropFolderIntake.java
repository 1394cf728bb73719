package com.steward.app.dropfolders;

import com.steward.analytics.ingest.RejectedRow;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.ImportOutcome;
import com.steward.app.ingest.ImportStatus;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.Policies;
import com.steward.app.ingest.StartImportCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Takes one matching file of a drop folder through the ledger: waits until it is complete, recognises content already
 * taken (SHA-256), imports it, moves it to {@code archive/} or {@code rejected/} and writes its report beside it.
 */
final class DropFolderIntake {

    static final String ARCHIVE = "archive";
    static final String REJECTED = "rejected";
    static final String DONE = ".done";
    static final String REPORT = ".report.txt";
    private static final int REPORTED_REASONS = 10;

    /**
     * What became of one file in this run.
     *
     * @param status {@code WAITING}, {@code IMPORTED}, {@code DUPLICATE}, {@code REJECTED} or {@code FAILED}
     * @param record the import, when the file was imported
     */
    record Taken(String status, @Nullable DataImport record) {
        static Taken waiting() {
            return new Taken("WAITING", null);
        }
    }

    private final DropFolderRepository sources;
    private final Imports imports;
    private final Clock clock;

    DropFolderIntake(DropFolderRepository sources, Imports imports, Clock clock) {
        this.sources = sources;
        this.imports = imports;
        this.clock = clock;
    }

    Taken take(DropFolderSource source, Path file, Instant now) throws IOException {
        String name = file.getFileName().toString();
        Path marker = file.resolveSibling(name + DONE);
        Optional<Long> ledgerId = complete(source, file, Files.exists(marker), now);
        if (ledgerId.isEmpty()) {
            return Taken.waiting();
        }
        long size = Files.size(file);
        String sha256 = sha256(file);
        Optional<DropFolderFile> same = sources.taken(source.id(), sha256);
        if (same.isPresent()) {
            String message = "Same content as " + same.get().fileName() + " (taken "
                    + same.get().finishedAt() + "): not imported again";
            Path moved = move(file, folder(source, ARCHIVE), ledgerId.get());
            report(moved, name, sha256, "DUPLICATE", message, null, List.of());
            sources.finish(ledgerId.get(), "DUPLICATE", sha256, size, null, message, now);
            Files.deleteIfExists(marker);
            return new Taken("DUPLICATE", null);
        }
        ImportOutcome outcome = imports.importNow(
                new StartImportCommand(
                        Dataset.fromKey(source.dataset()),
                        file,
                        source.mappingName(),
                        Policies.parse(source.policy()),
                        null,
                        "drop-folder:" + source.name()),
                null);
        DataImport record = outcome.record();
        String status = switch (record.status()) {
            case COMMITTED -> "IMPORTED";
            case REJECTED -> "REJECTED";
            default -> "FAILED";
        };
        boolean stored = record.status() == ImportStatus.COMMITTED;
        Path moved = move(file, folder(source, stored ? ARCHIVE : REJECTED), ledgerId.get());
        report(moved, name, sha256, status, record.message(), record, outcome.rejects());
        sources.finish(ledgerId.get(), status, sha256, size, record.id(), record.message(), clock.instant());
        Files.deleteIfExists(marker);
        return new Taken(status, record);
    }

    /**
     * The file's ledger id once it is complete: a {@code .done} marker, or the same size and modification time as at
     * the previous run; empty while it may still be written.
     */
    private Optional<Long> complete(DropFolderSource source, Path file, boolean marked, Instant now)
            throws IOException {
        String name = file.getFileName().toString();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        // Milliseconds: what every database keeps of a timestamp, so a stored time compares equal next run.
        Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
        Optional<DropFolderFile> seen = sources.waiting(source.id(), name);
        if (seen.isEmpty()) {
            long id = sources.insertWaiting(source.id(), name, size, modified, now);
            return marked ? Optional.of(id) : Optional.empty(); // first sight: complete if unchanged next run
        }
        boolean stable =
                seen.get().sizeBytes() == size && seen.get().modifiedAt().equals(modified);
        if (!stable && !marked) {
            sources.resize(seen.get().id(), size, modified);
            return Optional.empty();
        }
        return Optional.of(seen.get().id());
    }

    private static Path folder(DropFolderSource source, String sub) throws IOException {
        return Files.createDirectories(Path.of(source.folder()).resolve(sub));
    }

    /** Moves the file; a name already taken in the target gets the ledger id in front. */
    private static Path move(Path file, Path target, long ledgerId) throws IOException {
        Path to = target.resolve(file.getFileName());
        if (Files.exists(to)) {
            to = target.resolve(ledgerId + "-" + file.getFileName());
        }
        return Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void report(
            Path moved,
            String name,
            String sha256,
            String status,
            @Nullable String message,
            @Nullable DataImport record,
            List<RejectedRow> reasons)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("file: ").append(name).append('\n');
        text.append("sha256: ").append(sha256).append('\n');
        text.append("status: ").append(status).append('\n');
        if (record != null) {
            text.append("import: ").append(record.id()).append('\n');
            text.append("rows read: ").append(record.rowsRead()).append('\n');
            // Under reject-file a file with one bad row stores nothing although its other rows were valid.
            boolean stored = record.status() == ImportStatus.COMMITTED;
            text.append("rows valid: ").append(record.rowsAccepted()).append('\n');
            text.append("rows rejected: ").append(record.rowsRejected()).append('\n');
            text.append("rows stored: ")
                    .append(stored ? record.rowsAccepted() : 0)
                    .append('\n');
        }
        if (message != null) {
            text.append("message: ").append(message).append('\n');
        }
        if (!reasons.isEmpty()) {
            text.append("first reasons:\n");
            for (RejectedRow row : reasons.subList(0, Math.min(REPORTED_REASONS, reasons.size()))) {
                text.append("  ").append(row).append('\n');
            }
        }
        Files.writeString(moved.resolveSibling(moved.getFileName() + REPORT), text, StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
