package com.steward.app.ingest;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.lake.InteractionLake;
import com.steward.app.lake.LakeImport;
import com.steward.app.lake.LakeTable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles import records left RUNNING by a crash (or by a database outage after the lake had committed) against
 * the lake, the record of what was stored: rows written under an {@code import_id} no record claims, of the same
 * dataset and source and written after the record started, belong to it (COMMITTED, with their count and the live
 * generation); otherwise nothing of it was published (FAILED, saying why). Each change is audited.
 */
@Component
class ImportReconciliation {

    private static final Logger log = LoggerFactory.getLogger(ImportReconciliation.class);

    private final ImportRepository imports;
    private final InteractionLake lake;
    private final AuditLog audit;
    private final Clock clock;

    ImportReconciliation(ImportRepository imports, InteractionLake lake, AuditLog audit, Clock clock) {
        this.imports = imports;
        this.lake = lake;
        this.audit = audit;
        this.clock = clock;
    }

    /** Settles every RUNNING record; returns how many were settled. Call only when no import runs. */
    int reconcile() {
        List<DataImport> running = imports.running();
        if (running.isEmpty()) {
            return 0;
        }
        long generation = lake.generation();
        Set<String> claimed = new HashSet<>(imports.lakeImportIds());
        Instant earliest = running.stream()
                .map(DataImport::startedAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        int settled = 0;
        for (LakeTable dataset : LakeTable.values()) {
            List<LakeImport> unclaimed = new ArrayList<>();
            for (LakeImport found : lake.importsSince(dataset, earliest)) {
                if (!claimed.contains(found.importId())) {
                    unclaimed.add(found);
                }
            }
            unclaimed.sort(Comparator.comparing(LakeImport::firstIngested));
            for (DataImport record : running) {
                if (lakeDataset(record) != dataset) {
                    continue;
                }
                LakeImport match = unclaimed.stream()
                        .filter(f -> !f.firstIngested().isBefore(record.startedAt()))
                        .filter(f -> record.source() == null || record.source().equals(f.source()))
                        .findFirst()
                        .orElse(null);
                if (match != null) {
                    unclaimed.remove(match);
                    imports.finish(
                            record.id(),
                            ImportStatus.COMMITTED,
                            null,
                            match.source(),
                            match.rows(),
                            match.rows(),
                            0,
                            match.importId(),
                            generation,
                            "Settled at start: the import was interrupted after the lake stored its " + match.rows()
                                    + " row(s) (lake generation " + generation + ")",
                            clock.instant());
                } else {
                    imports.finish(
                            record.id(),
                            ImportStatus.FAILED,
                            null,
                            null,
                            0,
                            0,
                            0,
                            null,
                            null,
                            "Interrupted: the server stopped before the import finished; the lake holds none of its"
                                    + " rows. Import the file again.",
                            clock.instant());
                }
                DataImport after = imports.findById(record.id()).orElseThrow();
                audit.record(AuditAction.UPDATE, Imports.AUDIT_TYPE, record.id(), null, record, after);
                log.info("Import {} left RUNNING settled as {}", record.id(), after.status());
                settled++;
            }
        }
        return settled;
    }

    private static LakeTable lakeDataset(DataImport record) {
        return Dataset.fromKey(record.dataset()) == Dataset.INTERACTIONS
                ? LakeTable.INTERACTIONS
                : LakeTable.CUSTOMER_EVENTS;
    }
}
