package com.steward.app.dropfolders;

import com.steward.analytics.ingest.RejectedRow;
import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.ImportOutcome;
import com.steward.app.ingest.ImportStatus;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.Policies;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.security.Actors;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * The drop-folder module's facade. Once a minute the poller runs every enabled source whose cron is due. A run lists
 * the folder's files matching the pattern; a file is taken when it is complete (a {@code <file>.done} marker, or the
 * same size and modification time as at the previous run), is imported once per content (SHA-256; the same bytes
 * under another name are recorded as a duplicate), and is moved to {@code archive/} or {@code rejected/} inside the
 * folder with {@code <file>.report.txt} beside it. A missing folder, a failed import or no file for
 * {@code staleAfterDays} raises an alert (page and e-mail), once per kind until it clears.
 */
@Service
public class DropFolders {

    static final String ARCHIVE = "archive";
    static final String REJECTED = "rejected";
    static final String DONE = ".done";
    static final String REPORT = ".report.txt";
    private static final int REPORTED_REASONS = 10;
    private static final Logger log = LoggerFactory.getLogger(DropFolders.class);

    private final DropFolderRepository sources;
    private final Imports imports;
    private final ColumnMappings mappings;
    private final Monitoring monitoring;
    private final Clock clock;
    private final Path root;

    DropFolders(
            DropFolderRepository sources,
            Imports imports,
            ColumnMappings mappings,
            Monitoring monitoring,
            Clock clock,
            @Value("${steward.drop-folders.root:}") String root,
            @Value("${steward.data-dir}") String dataDir) {
        this.sources = sources;
        this.imports = imports;
        this.mappings = mappings;
        this.monitoring = monitoring;
        this.clock = clock;
        this.root = (root == null || root.isBlank() ? Path.of(dataDir, "drop") : Path.of(root))
                .toAbsolutePath()
                .normalize();
    }

    /** Where drop folders may be: {@code steward.drop-folders.root}, by default {@code <data-dir>/drop}. */
    public Path root() {
        return root;
    }

    public List<DropFolderSource> all() {
        return sources.all();
    }

    public DropFolderSource get(long id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException("No drop folder " + id));
    }

    /** The newest files this source has seen, newest first. */
    public List<DropFolderFile> files(long id, int limit) {
        get(id);
        return sources.files(id, Math.max(1, Math.min(limit, 500)));
    }

    /** When the source runs next by its cron (after its last run, or its creation); empty when disabled. */
    public Optional<Instant> nextRun(DropFolderSource source) {
        if (!source.enabled()) {
            return Optional.empty();
        }
        Instant after = source.lastRunAt() == null ? source.createdAt() : source.lastRunAt();
        ZonedDateTime next = CronExpression.parse(source.schedule()).next(after.atZone(clock.getZone()));
        return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
    }

    /** Creates ({@code id == null}) or replaces a source after validating every field. */
    public DropFolderSource save(Long id, SaveDropFolderCommand command) {
        DropFolderSource before = id == null ? null : get(id);
        String name = required("name", command.name());
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}")) {
            throw new InvalidRequestException("name", "Use letters, digits, space, dot, dash or underscore (≤ 100)");
        }
        sources.findByName(name)
                .filter(other -> before == null || other.id() != before.id())
                .ifPresent(other -> {
                    throw new InvalidRequestException("name", "A drop folder named '" + name + "' exists");
                });
        Path folder = folder(command.folder());
        String pattern = command.pattern() == null || command.pattern().isBlank()
                ? "*.csv"
                : command.pattern().strip();
        matcher(pattern);
        String mapping = blankToNull(command.mappingName());
        if (mapping != null
                && !mapping.equals(ColumnMappings.CANONICAL)
                && mappings.find(mapping).isEmpty()) {
            throw new InvalidRequestException("mappingName", "No saved mapping '" + mapping + "'");
        }
        String dataset;
        String policy;
        try {
            dataset = Dataset.fromKey(command.dataset()).key();
            policy = Policies.key(Policies.parse(command.policy()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("dataset", e.getMessage());
        }
        String schedule = required("schedule", command.schedule());
        if (!CronExpression.isValidExpression(schedule)) {
            throw new InvalidRequestException(
                    "schedule",
                    "'" + schedule + "' is not a cron expression: six fields, seconds first, e.g. 0 */15 * * * *");
        }
        int stale = command.staleAfterDays() == null ? 2 : command.staleAfterDays();
        if (stale < 1 || stale > 366) {
            throw new InvalidRequestException("staleAfterDays", "stale after must be 1 to 366 days");
        }
        boolean enabled = command.enabled() == null || command.enabled();
        DropFolderSource source = new DropFolderSource(
                before == null ? 0 : before.id(),
                name,
                folder.toString(),
                pattern,
                mapping,
                dataset,
                policy,
                schedule,
                stale,
                enabled,
                before == null ? clock.instant() : before.createdAt(),
                null,
                null,
                null,
                null,
                null,
                null);
        if (before == null) {
            return get(sources.insert(source));
        }
        sources.update(source);
        return get(before.id());
    }

    /** On the minute: runs every enabled source whose cron is due, as the system user ("-" turns it off). */
    @Scheduled(cron = "${steward.drop-folders.tick:0 * * * * *}")
    void tick() {
        Actors.asScheduler(() -> {
            runDue();
            return null;
        });
    }

    /** Runs the enabled sources whose next run is now or past; one failing source does not stop the others. */
    public List<RunOutcome> runDue() {
        List<RunOutcome> outcomes = new ArrayList<>();
        Instant now = clock.instant();
        for (DropFolderSource source : sources.all()) {
            if (nextRun(source).filter(next -> !next.isAfter(now)).isPresent()) {
                try {
                    outcomes.add(run(source));
                } catch (RuntimeException e) {
                    log.warn("Drop folder {} failed", source.name(), e);
                }
            }
        }
        return outcomes;
    }

    /** "Run now": runs one source whatever its schedule (a disabled one too). */
    public RunOutcome runNow(long id) {
        return run(get(id));
    }

    /**
     * What one run did.
     *
     * @param waiting files seen but not yet complete
     * @param ignored other files in the folder (not matching the pattern, markers, reports)
     */
    public record RunOutcome(
            long sourceId, int imported, int rejected, int duplicates, int waiting, int ignored, String result) {}

    private RunOutcome run(DropFolderSource source) {
        Instant now = clock.instant();
        Path folder = Path.of(source.folder());
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            String result = "Folder " + folder + " is missing or unreadable";
            sources.ran(source.id(), now, result, null);
            raise(source, "FOLDER_MISSING", result, now);
            return new RunOutcome(source.id(), 0, 0, 0, 0, 0, result);
        }
        PathMatcher matcher = matcher(source.pattern());
        int imported = 0;
        int rejected = 0;
        int duplicates = 0;
        int waiting = 0;
        int ignored = 0;
        Instant lastFile = null;
        List<String> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(files::add);
        } catch (IOException e) {
            String result = "Folder " + folder + " cannot be listed: " + e.getMessage();
            sources.ran(source.id(), now, result, null);
            raise(source, "FOLDER_MISSING", result, now);
            return new RunOutcome(source.id(), 0, 0, 0, 0, 0, result);
        }
        files.sort(null);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file)
                    || name.endsWith(DONE)
                    || name.endsWith(REPORT)
                    || !matcher.matches(file.getFileName())) {
                ignored++;
                continue;
            }
            try {
                switch (take(source, file, now)) {
                    case "WAITING" -> waiting++;
                    case "IMPORTED" -> {
                        imported++;
                        lastFile = now;
                    }
                    case "DUPLICATE" -> {
                        duplicates++;
                        lastFile = now;
                    }
                    default -> {
                        rejected++;
                        lastFile = now;
                        failures.add(name);
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Drop folder {}: {} could not be taken", source.name(), name, e);
                failures.add(name + " (" + e.getMessage() + ")");
                rejected++;
            }
        }
        String result = String.format(
                Locale.ROOT,
                "%d imported, %d rejected, %d duplicate, %d waiting, %d other file(s) ignored",
                imported,
                rejected,
                duplicates,
                waiting,
                ignored);
        sources.ran(source.id(), now, result, lastFile);
        DropFolderSource after = get(source.id());
        if (!failures.isEmpty()) {
            raise(
                    after,
                    "IMPORT_FAILED",
                    "Not imported from " + source.name() + ": " + String.join(", ", failures),
                    now);
        } else if (imported > 0) {
            clear(after);
        } else if (stale(after, now)) {
            raise(after, "STALE", "No file in " + folder + " for " + after.staleAfterDays() + " day(s)", now);
        } else if ("FOLDER_MISSING".equals(after.alertKind()) || "STALE".equals(after.alertKind())) {
            clear(after);
        }
        return new RunOutcome(source.id(), imported, rejected, duplicates, waiting, ignored, result);
    }

    /** Takes one matching file through the ledger; returns its status after this run. */
    private String take(DropFolderSource source, Path file, Instant now) throws IOException {
        String name = file.getFileName().toString();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        // Milliseconds: what every database keeps of a timestamp, so a stored time compares equal next run.
        Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
        Path marker = file.resolveSibling(name + DONE);
        boolean marked = Files.exists(marker);
        Optional<DropFolderFile> seen = sources.waiting(source.id(), name);
        long ledgerId;
        if (seen.isEmpty()) {
            ledgerId = sources.insertWaiting(source.id(), name, size, modified, now);
            if (!marked) {
                return "WAITING"; // first sight: complete only if unchanged at the next run
            }
        } else {
            ledgerId = seen.get().id();
            boolean stable =
                    seen.get().sizeBytes() == size && seen.get().modifiedAt().equals(modified);
            if (!stable && !marked) {
                sources.resize(ledgerId, size, modified);
                return "WAITING";
            }
        }
        String sha256 = sha256(file);
        Optional<DropFolderFile> same = sources.taken(source.id(), sha256);
        if (same.isPresent()) {
            String message = "Same content as " + same.get().fileName() + " (taken "
                    + same.get().finishedAt() + "): not imported again";
            Path moved = move(file, folder(source, ARCHIVE), ledgerId);
            report(moved, name, sha256, "DUPLICATE", message, null, List.of());
            sources.finish(ledgerId, "DUPLICATE", sha256, size, null, message, now);
            Files.deleteIfExists(marker);
            return "DUPLICATE";
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
        Path moved =
                move(file, folder(source, record.status() == ImportStatus.COMMITTED ? ARCHIVE : REJECTED), ledgerId);
        report(moved, name, sha256, status, record.message(), record, outcome.rejects());
        sources.finish(ledgerId, status, sha256, size, record.id(), record.message(), clock.instant());
        Files.deleteIfExists(marker);
        return status;
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
            String message,
            DataImport record,
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

    private boolean stale(DropFolderSource source, Instant now) {
        Instant since = source.lastFileAt() == null ? source.createdAt() : source.lastFileAt();
        return Duration.between(since, now).compareTo(Duration.ofDays(source.staleAfterDays())) > 0;
    }

    /** Raises an alert once per kind: shown on the page until it clears, e-mailed when it first appears. */
    private void raise(DropFolderSource source, String kind, String message, Instant now) {
        if (kind.equals(source.alertKind())) {
            return;
        }
        sources.alert(source.id(), kind, message, now);
        String mail = monitoring.notifyOperations("Steward: drop folder " + source.name() + " " + kind, message);
        log.warn("Drop folder {}: {} ({})", source.name(), message, mail);
    }

    private void clear(DropFolderSource source) {
        if (source.alertKind() != null) {
            sources.alert(source.id(), null, null, null);
        }
    }

    /** The folder, inside the root: relative names resolve against it; anything else (.., links out) is refused. */
    Path folder(String text) {
        String given = required("folder", text);
        Path folder;
        try {
            Path path = Path.of(given);
            folder = (path.isAbsolute() ? path : root.resolve(path)).normalize();
        } catch (RuntimeException e) {
            throw new InvalidRequestException("folder", "'" + given + "' is not a path");
        }
        if (!folder.startsWith(root)) {
            throw new InvalidRequestException("folder", "The folder must be inside " + root);
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidRequestException("folder", "No such folder: " + folder);
        }
        try {
            // A symbolic link inside the root may point outside it.
            if (!folder.toRealPath().startsWith(root.toRealPath())) {
                throw new InvalidRequestException("folder", "The folder must be inside " + root);
            }
        } catch (IOException e) {
            throw new InvalidRequestException("folder", "The folder cannot be read: " + e.getMessage());
        }
        return folder;
    }

    private static PathMatcher matcher(String pattern) {
        if (pattern.contains("/") || pattern.contains("\\")) {
            throw new InvalidRequestException("pattern", "The pattern matches file names only (no '/')");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            throw new InvalidRequestException("pattern", "'" + pattern + "' is not a glob: " + e.getDescription());
        }
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

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
