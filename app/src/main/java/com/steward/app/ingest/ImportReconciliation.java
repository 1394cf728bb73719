package com.steward.app.ingest;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeSnapshot;
import com.steward.analytics.lake.Sql;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

    /** Rows of one import found in the lake. */
    record LakeImport(String importId, String source, long rows, Instant firstIngested) {}

    /** Settles every RUNNING record; returns how many were settled. Call only when no import runs. */
    int reconcile() {
        List<DataImport> running = imports.running();
        if (running.isEmpty()) {
            return 0;
        }
        LakeSnapshot snapshot = lake.lake().snapshot();
        Set<String> claimed = new HashSet<>(imports.lakeImportIds());
        Instant earliest = running.stream()
                .map(DataImport::startedAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        int settled = 0;
        for (LakeDataset dataset : LakeDataset.values()) {
            List<LakeImport> unclaimed = new ArrayList<>();
            for (LakeImport found : lakeImports(snapshot, dataset, earliest)) {
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
                            snapshot.generation(),
                            "Settled at start: the import was interrupted after the lake stored its " + match.rows()
                                    + " row(s) (lake generation " + snapshot.generation() + ")",
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

    private static LakeDataset lakeDataset(DataImport record) {
        return Dataset.fromKey(record.dataset()) == Dataset.INTERACTIONS
                ? LakeDataset.INTERACTIONS
                : LakeDataset.CUSTOMER_EVENTS;
    }

    /** The imports whose rows the live lake holds, written at or after {@code since}. */
    private static List<LakeImport> lakeImports(LakeSnapshot snapshot, LakeDataset dataset, Instant since) {
        if (snapshot.files(dataset).isEmpty()) {
            return List.of();
        }
        List<LakeImport> found = new ArrayList<>();
        String sql = "SELECT import_id, any_value(source), count(*), min(ingested_at) FROM "
                + snapshot.duckDbRelation(dataset) + " l WHERE ingested_at >= CAST("
                + Sql.literal(since.atOffset(ZoneOffset.UTC).toString()) + " AS TIMESTAMPTZ) GROUP BY import_id";
        try (Connection connection = DuckDb.open(java.time.ZoneId.of("UTC"));
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                found.add(new LakeImport(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the lake's imports: " + e.getMessage(), e);
        }
        return found;
    }
}
