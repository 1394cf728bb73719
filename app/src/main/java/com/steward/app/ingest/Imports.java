package com.steward.app.ingest;

import com.steward.analytics.feeds.FeedReport;
import com.steward.analytics.feeds.FeedRequest;
import com.steward.analytics.ingest.ColumnMapping;
import com.steward.analytics.ingest.ImportException;
import com.steward.analytics.ingest.ImportLimits;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportProgress;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.ingest.RejectedRow;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.lake.InteractionLake;
import com.steward.app.lake.LakeTable;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports files into the lake and records each import (file, checksum, mapping, rows, who, when). The one code
 * path for the CLI, the REST API and the browser upload; uploads run in the background with live progress.
 */
@Service
public class Imports {

    /** Rejection reasons kept with an outcome; every rejected row is in the rejects CSV. */
    public static final int REPORTED_REJECTS = 200;

    static final String AUDIT_TYPE = "import";
    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final ImportRepository imports;
    private final ColumnMappings mappings;
    private final VendorRegister vendors;
    private final InteractionLake lake;
    private final AuditLog audit;
    private final Clock clock;
    private final ImportLimits limits;

    /** Tells monitoring (and whoever listens) that new interactions arrived. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private org.springframework.context.ApplicationEventPublisher events;

    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon(true).name("steward-import").factory());
    private final Map<Long, Tracker> running = new ConcurrentHashMap<>();
    private final Map<Long, List<RejectedRow>> recentRejects =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, List<RejectedRow>> eldest) {
                    return size() > 50;
                }
            });

    Imports(
            ImportRepository imports,
            ColumnMappings mappings,
            VendorRegister vendors,
            InteractionLake lake,
            AuditLog audit,
            Clock clock,
            ImportLimits limits) {
        this.imports = imports;
        this.limits = limits;
        this.mappings = mappings;
        this.vendors = vendors;
        this.lake = lake;
        this.audit = audit;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Vendor codes accepted in {@code handled_by}: the register's vendors, and {@code inhouse}. */
    public Set<String> knownVendorCodes() {
        Set<String> codes = new TreeSet<>();
        codes.add("inhouse");
        for (Vendor vendor : vendors.allVendorsForAdministration()) {
            codes.add(vendor.code());
        }
        codes.removeIf(code -> !code.matches("[a-z0-9][a-z0-9_-]{0,63}"));
        return codes;
    }

    /** Runs the import now, in this thread, reporting to {@code progress}; the CLI's and the REST API's path. */
    public ImportOutcome importNow(StartImportCommand command, Consumer<ImportProgress> progress) {
        ColumnMapping mapping = mappings.resolve(command.mappingName());
        DataImport started = begin(command, mapping);
        return execute(started.id(), command, mapping, progress == null ? p -> {} : progress);
    }

    /** Records the import as running and runs it in the background; follow it with {@link #progress(long)}. */
    public DataImport startInBackground(StartImportCommand command) {
        ColumnMapping mapping = mappings.resolve(command.mappingName());
        DataImport started = begin(command, mapping);
        Tracker tracker = new Tracker(clock.millis());
        running.put(started.id(), tracker);
        background.submit(() -> {
            try {
                execute(started.id(), command, mapping, tracker::update);
            } finally {
                running.remove(started.id());
            }
        });
        return started;
    }

    /** Saves an uploaded file under the data directory (its own folder, a safe name) for {@link StartImportCommand}. */
    public Path saveUpload(String originalName, InputStream content) {
        String raw = originalName == null ? "" : originalName.replace('\\', '/');
        String name = raw.substring(raw.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "upload" + name;
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        try {
            Path folder = Files.createDirectories(
                    lake.uploadsDirectory().resolve(UUID.randomUUID().toString()));
            Path target = folder.resolve(name);
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            }
            return target;
        } catch (IOException e) {
            throw new InvalidRequestException("file", "The upload could not be saved: " + e.getMessage());
        }
    }

    /** Progress of a running import; empty once it has finished (then read {@link #get(long)}). */
    public Optional<LiveProgress> progress(long id) {
        Tracker tracker = running.get(id);
        return tracker == null ? Optional.empty() : Optional.of(tracker.snapshot(clock.millis()));
    }

    public DataImport get(long id) {
        return imports.findById(id).orElseThrow(() -> new NotFoundException("No import " + id));
    }

    public List<DataImport> newest(int limit) {
        return imports.newest(Math.max(1, Math.min(limit, 1000)));
    }

    /** The first rejection reasons while this process remembers them; all of them are in {@link #rejectsCsv}. */
    public List<RejectedRow> rejects(long id) {
        return recentRejects.getOrDefault(id, List.of());
    }

    /** The CSV of every rejected row of import {@code id} (file, line, column, value, reason), if there is one. */
    public Optional<Path> rejectsCsv(long id) {
        get(id);
        Path file = rejectsPath(id);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * A mapping tried on a file without storing anything: the first {@code rows} mapped rows (reading only the
     * file's head) and the whole file validated and counted as an import would be.
     */
    public MappingTrial trial(Dataset dataset, Path file, ColumnMapping mapping, int rows) {
        LakeTable table = dataset == Dataset.INTERACTIONS ? LakeTable.INTERACTIONS : LakeTable.CUSTOMER_EVENTS;
        ImportRequest request = new ImportRequest(
                file,
                mapping,
                null,
                ImportPolicy.ACCEPT_GOOD,
                dataset == Dataset.INTERACTIONS ? knownVendorCodes() : Set.of(),
                null,
                null);
        Importer.Preview preview = lake.preview(table, request, rows);
        return new MappingTrial(preview, lake.test(table, request));
    }

    /** Records an import that did not go through the importer (the demo simulator writes the lake itself). */
    public DataImport recordGenerated(String fileName, String source, long rows, long generation, String by) {
        long id = imports.insertRunning(
                Dataset.INTERACTIONS.key(), fileName, source, source, "accept-good", by, clock.instant());
        imports.finish(
                id, ImportStatus.COMMITTED, null, source, rows, rows, 0, null, generation, null, clock.instant());
        return get(id);
    }

    private DataImport begin(StartImportCommand command, ColumnMapping mapping) {
        if (!Files.isRegularFile(command.file())) {
            throw new InvalidRequestException("file", "No such file: " + command.file());
        }
        long id = imports.insertRunning(
                command.dataset().key(),
                command.file().getFileName().toString(),
                mapping.name(),
                command.source() == null ? mapping.name() : command.source(),
                Policies.key(command.policy()),
                command.importedBy(),
                clock.instant());
        DataImport started = get(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, null, null, started);
        return started;
    }

    private ImportOutcome execute(
            long id, StartImportCommand command, ColumnMapping mapping, Consumer<ImportProgress> progress) {
        Path rejects = rejectsPath(id);
        try {
            limits.check(command.file(), mapping.delimiter());
            ImportRequest request = new ImportRequest(
                    command.file(),
                    mapping,
                    command.source(),
                    command.policy(),
                    command.dataset() == Dataset.INTERACTIONS ? knownVendorCodes() : Set.of(),
                    rejects,
                    progress);
            String unknown = null;
            ImportReport report;
            if (command.dataset().feed() != null) {
                FeedReport feed = importFeed(command, mapping, rejects);
                report = feed.report();
                unknown = feed.unknownSummary();
            } else {
                report = lake.importRecords(
                        command.dataset() == Dataset.INTERACTIONS ? LakeTable.INTERACTIONS : LakeTable.CUSTOMER_EVENTS,
                        request);
            }
            var record = report.record();
            ImportStatus status = record.committed() ? ImportStatus.COMMITTED : ImportStatus.REJECTED;
            String message = unknown == null
                    ? message(report, command)
                    : message(report, command) == null ? unknown : message(report, command) + "; " + unknown;
            imports.finish(
                    id,
                    status,
                    record.sha256(),
                    record.source(),
                    report.rowsRead(),
                    record.rowsAccepted(),
                    record.rowsRejected(),
                    record.importId(),
                    report.lakeGeneration(),
                    message,
                    clock.instant());
            List<RejectedRow> first = report.rejects()
                    .subList(0, Math.min(REPORTED_REJECTS, report.rejects().size()));
            recentRejects.put(id, first);
            if (record.rowsRejected() == 0) {
                Files.deleteIfExists(rejects);
            } else if (limits.trimRejects(rejects)) {
                log.warn("Import {}: rejects file cut at {} bytes", id, limits.maxRejectsBytes());
            }
            if (record.committed() && record.rowsAccepted() > 0 && events != null) {
                events.publishEvent(new InteractionsImported(
                        record.source(), command.file().getFileName().toString(), clock.instant()));
            }
            return new ImportOutcome(get(id), first);
        } catch (ImportException e) {
            log.info("Import {} of {} failed: {}", id, command.file(), e.getMessage());
            return failed(id, ImportErrors.forUser(e.getMessage()), rejects);
        } catch (IOException | RuntimeException e) {
            String reference = ImportErrors.reference();
            log.warn("Import {} of {} failed (reference {})", id, command.file(), reference, e);
            return failed(id, ImportErrors.unexpected(command.file(), reference), rejects);
        } finally {
            deleteIfUpload(command.file());
        }
    }

    /**
     * A survey or QA feed: its own column names (no mapping), joined to the interactions of the import's source
     * (default: the mapping's name, as for interactions).
     */
    private FeedReport importFeed(StartImportCommand command, ColumnMapping mapping, Path rejects) {
        if (!mapping.name().equals(ColumnMapping.canonical().name())) {
            throw new ImportException(
                    command.file().getFileName().toString(),
                    0,
                    null,
                    "a " + command.dataset().key() + " feed takes its own column names; it has no mapping",
                    null);
        }
        FeedRequest request = new FeedRequest(
                command.file(),
                command.source() == null ? mapping.name() : command.source(),
                command.policy(),
                command.unknownInteractions(),
                null,
                rejects);
        return lake.importFeed(command.dataset().feed(), request);
    }

    private ImportOutcome failed(long id, String message, Path rejects) {
        imports.finish(id, ImportStatus.FAILED, null, null, 0, 0, 0, null, null, message, clock.instant());
        try {
            Files.deleteIfExists(rejects);
        } catch (IOException ignored) {
            // a stale rejects file is harmless
        }
        return new ImportOutcome(get(id), List.of());
    }

    private static String message(ImportReport report, StartImportCommand command) {
        String outcome = outcomeMessage(report);
        if (report.filtered() == 0) {
            return outcome;
        }
        String filtered = report.filtered() + " row(s) dropped by the mapping's filter (not contacts)";
        return outcome == null ? filtered : outcome + "; " + filtered;
    }

    private static String outcomeMessage(ImportReport report) {
        long accepted = report.accepted();
        long rejected = report.rejected();
        if (report.committed()) {
            return rejected == 0
                    ? null
                    : rejected + " invalid row(s) skipped (accept-good); " + accepted + " row(s) stored";
        }
        if (accepted == 0 && rejected == 0) {
            return report.filtered() > 0
                    ? "No row passed the mapping's filter; nothing was stored"
                    : "The file has no data rows; nothing was stored";
        }
        if (accepted == 0) {
            return "No row is valid; nothing was stored";
        }
        return rejected + " invalid row(s): under the reject-file policy nothing was stored";
    }

    private Path rejectsPath(long id) {
        return lake.rejectsDirectory().resolve("import-" + id + "-rejects.csv");
    }

    private void deleteIfUpload(Path file) {
        Path uploads = lake.uploadsDirectory();
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(uploads)) {
            try {
                Files.deleteIfExists(absolute);
                Files.deleteIfExists(absolute.getParent());
            } catch (IOException e) {
                log.warn("Cannot delete upload {}: {}", absolute, e.getMessage());
            }
        }
    }

    /** Collects the importer's progress reports (from two threads) for the browser. */
    private static final class Tracker {
        private final long startedMillis;
        private volatile ImportProgress last = new ImportProgress("queued", 0, 0, 0);
        private volatile long bytes;

        Tracker(long startedMillis) {
            this.startedMillis = startedMillis;
        }

        void update(ImportProgress progress) {
            if (progress.phase().equals("hashing")) {
                bytes = Math.max(bytes, progress.bytesProcessed());
                if (last.totalBytes() == 0) {
                    last = new ImportProgress("hashing", 0, progress.bytesProcessed(), progress.totalBytes());
                }
                return;
            }
            last = progress;
        }

        LiveProgress snapshot(long nowMillis) {
            ImportProgress p = last;
            long total = Math.max(p.totalBytes(), 1);
            double hashed = Math.min(1.0, Math.max(bytes, p.bytesProcessed()) / (double) total);
            int percent = switch (p.phase()) {
                case "queued" -> 0;
                case "hashing", "reading" -> (int) Math.round(5 + 35 * hashed);
                case "validating" -> 50;
                case "writing" -> 75;
                case "done" -> 100;
                default -> 10;
            };
            double seconds = Math.max(0.001, (nowMillis - startedMillis) / 1000.0);
            return new LiveProgress(
                    p.phase(),
                    p.rowsProcessed(),
                    Math.max(bytes, p.bytesProcessed()),
                    p.totalBytes(),
                    percent,
                    Math.round(p.rowsProcessed() / seconds));
        }
    }
}
