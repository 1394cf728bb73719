package com.steward.app.dropfolders;

import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.Policies;
import com.steward.app.monitoring.OperationalAlerts;
import com.steward.app.monitoring.RaiseOperationalAlert;
import com.steward.app.security.Actors;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
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
 * folder with {@code <file>.report.txt} beside it. A missing folder, a failed import, an import that rejected more
 * than {@code steward.drop-folders.reject-alert-percent} of its rows (default 5) or no file for {@code staleAfterDays}
 * raises an alert in the monitoring inbox (with a link to the run, e-mailed) and on the drop-folder page.
 */
@Service
public class DropFolders {

    static final String FOLDER_MISSING = "FOLDER_MISSING";
    static final String IMPORT_FAILED = "IMPORT_FAILED";
    static final String REJECTS_ABOVE_THRESHOLD = "REJECTS_ABOVE_THRESHOLD";
    static final String STALE = "STALE";
    private static final Logger log = LoggerFactory.getLogger(DropFolders.class);

    private final DropFolderRepository sources;
    private final DropFolderIntake intake;
    private final ColumnMappings mappings;
    private final OperationalAlerts operations;
    private final Clock clock;
    private final Path root;
    private final double rejectAlertPercent;

    DropFolders(
            DropFolderRepository sources,
            Imports imports,
            ColumnMappings mappings,
            OperationalAlerts operations,
            Clock clock,
            @Value("${steward.drop-folders.root:}") String root,
            @Value("${steward.data-dir}") String dataDir,
            @Value("${steward.drop-folders.reject-alert-percent:5}") double rejectAlertPercent) {
        this.sources = sources;
        this.intake = new DropFolderIntake(sources, imports, clock);
        this.mappings = mappings;
        this.operations = operations;
        this.clock = clock;
        this.root = (root.isBlank() ? Path.of(dataDir, "drop") : Path.of(root))
                .toAbsolutePath()
                .normalize();
        if (rejectAlertPercent < 0 || rejectAlertPercent > 100) {
            throw new IllegalArgumentException("steward.drop-folders.reject-alert-percent must be 0 to 100");
        }
        this.rejectAlertPercent = rejectAlertPercent;
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

    /** Creates (no id) or replaces a source after validating every field. */
    public DropFolderSource save(@Nullable Long id, SaveDropFolderCommand command) {
        DropFolderSource before = id == null ? null : get(id);
        DropFolderSource source = validated(before, command);
        if (before == null) {
            return get(sources.insert(source));
        }
        sources.update(source);
        return get(before.id());
    }

    private DropFolderSource validated(@Nullable DropFolderSource before, SaveDropFolderCommand command) {
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
        return new DropFolderSource(
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
        List<Path> files = new ArrayList<>();
        @Nullable String unreadable = null;
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            unreadable = "Folder " + folder + " is missing or unreadable";
        } else {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                listing.forEach(files::add);
            } catch (IOException e) {
                unreadable = "Folder " + folder + " cannot be listed: " + e.getMessage();
            }
        }
        if (unreadable != null) {
            sources.ran(source.id(), now, unreadable, null);
            raise(source, FOLDER_MISSING, unreadable, sourceLink(source), now);
            return new RunOutcome(source.id(), 0, 0, 0, 0, 0, unreadable);
        }
        files.sort(null);
        PathMatcher matcher = matcher(source.pattern());
        DropFolderRun run = new DropFolderRun();
        for (Path file : files) {
            takeOne(source, file, matcher, now, run);
        }
        sources.ran(source.id(), now, run.summary(), run.lastFile);
        alertAfter(get(source.id()), run, now);
        return run.outcome(source.id());
    }

    private void takeOne(DropFolderSource source, Path file, PathMatcher matcher, Instant now, DropFolderRun run) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)
                || name.endsWith(DropFolderIntake.DONE)
                || name.endsWith(DropFolderIntake.REPORT)
                || !matcher.matches(file.getFileName())) {
            run.ignored++;
            return;
        }
        try {
            DropFolderIntake.Taken taken = intake.take(source, file, now);
            DataImport record = taken.record();
            String link = record == null ? sourceLink(source) : "/govern/imports/" + record.id();
            switch (taken.status()) {
                case "WAITING" -> run.waiting++;
                case "DUPLICATE" -> run.duplicates++;
                case "IMPORTED" -> {
                    run.imported++;
                    if (record != null && rejectsAboveThreshold(record)) {
                        run.highRejects.add(new DropFolderRun.Problem(rejectsText(name, record), link));
                    }
                }
                default -> {
                    run.rejected++;
                    run.failures.add(new DropFolderRun.Problem(name, link));
                }
            }
            if (!taken.status().equals("WAITING")) {
                run.lastFile = now;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Drop folder {}: {} could not be taken", source.name(), name, e);
            run.failures.add(new DropFolderRun.Problem(name + " (" + e.getMessage() + ")", sourceLink(source)));
            run.rejected++;
        }
    }

    /**
     * After a run: each failed file and each import that rejected more rows than allowed raises an inbox alert linking
     * to its import; no file for {@code staleAfterDays} raises one linking to the source. A missing folder or a stale
     * source clears by itself; failures and rejects stay until a person resolves them.
     */
    private void alertAfter(DropFolderSource after, DropFolderRun run, Instant now) {
        for (DropFolderRun.Problem failure : run.failures) {
            operations.raise(RaiseOperationalAlert.dropFolder(
                    after.name(),
                    IMPORT_FAILED,
                    "Not imported from " + after.name() + ": " + failure.text(),
                    failure.link(),
                    now));
        }
        for (DropFolderRun.Problem high : run.highRejects) {
            operations.raise(RaiseOperationalAlert.dropFolder(
                    after.name(), REJECTS_ABOVE_THRESHOLD, high.text(), high.link(), now));
        }
        if (!run.failures.isEmpty()) {
            mark(after, IMPORT_FAILED, "Not imported from " + after.name() + ": " + run.failedFiles(), now);
        } else if (!run.highRejects.isEmpty()) {
            mark(after, REJECTS_ABOVE_THRESHOLD, run.highRejects.getFirst().text(), now);
        } else if (run.imported > 0) {
            clear(after);
        } else if (stale(after, now)) {
            raise(
                    after,
                    STALE,
                    "No file in " + after.folder() + " for " + after.staleAfterDays() + " day(s)",
                    sourceLink(after),
                    now);
        } else if (FOLDER_MISSING.equals(after.alertKind()) || STALE.equals(after.alertKind())) {
            clear(after);
        }
    }

    private boolean rejectsAboveThreshold(DataImport record) {
        return record.rowsRead() > 0 && 100.0 * record.rowsRejected() / record.rowsRead() > rejectAlertPercent;
    }

    private String rejectsText(String file, DataImport record) {
        return String.format(
                Locale.ROOT,
                "%s: %d of %d rows rejected (%.1f %%, above %.1f %%); the rest was imported",
                file,
                record.rowsRejected(),
                record.rowsRead(),
                100.0 * record.rowsRejected() / record.rowsRead(),
                rejectAlertPercent);
    }

    private static String sourceLink(DropFolderSource source) {
        return "/govern/drop-folders?edit=" + source.id();
    }

    private boolean stale(DropFolderSource source, Instant now) {
        Instant since = source.lastFileAt() == null ? source.createdAt() : source.lastFileAt();
        return Duration.between(since, now).compareTo(Duration.ofDays(source.staleAfterDays())) > 0;
    }

    /** An inbox alert (once while unresolved, e-mailed) and the source's own alert state. */
    private void raise(DropFolderSource source, String kind, String message, String link, Instant now) {
        operations
                .raise(RaiseOperationalAlert.dropFolder(source.name(), kind, message, link, now))
                .ifPresent(alert -> log.warn("Drop folder {}: {} ({})", source.name(), message, alert.notification()));
        mark(source, kind, message, now);
    }

    /** The source's alert state, shown on the drop-folder page; kept as first raised until it changes kind. */
    private void mark(DropFolderSource source, String kind, String message, Instant now) {
        if (!kind.equals(source.alertKind())) {
            sources.alert(source.id(), kind, message, now);
        }
    }

    /** A missing folder or a stale source is back: the source's alert and those inbox alerts are resolved. */
    private void clear(DropFolderSource source) {
        if (source.alertKind() != null) {
            sources.alert(source.id(), null, null, null);
        }
        String origin = RaiseOperationalAlert.dropFolderOrigin(source.name());
        operations.clear(origin, STALE, "cleared: a file arrived");
        operations.clear(origin, FOLDER_MISSING, "cleared: the folder is back");
    }

    /** The folder, inside the root: relative names resolve against it; anything else (.., links out) is refused. */
    Path folder(@Nullable String text) {
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

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
