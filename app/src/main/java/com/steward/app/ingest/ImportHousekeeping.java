package com.steward.app.ingest;

import com.steward.app.lake.InteractionLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the server's start, settles import records a crash left RUNNING ({@link ImportReconciliation}) and removes
 * what it left of imports: uploads that were waiting for or in an import (none
 * runs yet), the lake's unpublished staging files, and rejects files of imports that failed or no longer exist.
 * Only {@code serve} does this (port ≥ 0): a CLI command sharing a PostgreSQL database with a running server must not
 * delete the server's uploads.
 */
@Component
@Order(10)
class ImportHousekeeping implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportHousekeeping.class);
    private static final Pattern REJECTS = Pattern.compile("import-(\\d+)-rejects\\.csv");

    private final InteractionLake lake;
    private final ImportRepository imports;
    private final ImportReconciliation reconciliation;
    private final boolean serving;

    ImportHousekeeping(
            InteractionLake lake,
            ImportRepository imports,
            ImportReconciliation reconciliation,
            @Value("${server.port:8080}") int port) {
        this.lake = lake;
        this.imports = imports;
        this.reconciliation = reconciliation;
        this.serving = port >= 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (serving) {
            reconciliation.reconcile();
            cleanUp();
        }
    }

    /** Deletes leftover uploads, staging and orphaned rejects; returns how many files went. */
    int cleanUp() {
        int removed = deleteContents(lake.uploadsDirectory());
        lake.recover();
        try (Stream<Path> files = Files.list(lake.rejectsDirectory())) {
            for (Path file : files.toList()) {
                Matcher m = REJECTS.matcher(file.getFileName().toString());
                boolean kept = m.matches()
                        && imports.findById(Long.parseLong(m.group(1)))
                                .map(i -> i.status() == ImportStatus.COMMITTED || i.status() == ImportStatus.REJECTED)
                                .orElse(false);
                if (!kept && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Cannot clean the rejects folder: {}", e.getMessage());
        }
        if (removed > 0) {
            log.info("Removed {} file(s) left by interrupted imports", removed);
        }
        return removed;
    }

    private static int deleteContents(Path folder) {
        int removed = 0;
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                if (!path.equals(folder)) {
                    removed += Files.isRegularFile(path) ? 1 : 0;
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot clean {}: {}", folder, e.getMessage());
        }
        return removed;
    }
}
