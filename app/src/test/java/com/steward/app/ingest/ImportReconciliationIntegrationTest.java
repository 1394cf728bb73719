package com.steward.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.app.lake.InteractionLake;
import com.steward.app.support.EmbeddedDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records left RUNNING (a crash during the import, or the database gone when the lake had committed) are settled at
 * start against the lake: the one whose rows the lake holds becomes COMMITTED with their count, the other FAILED
 * with the reason, each audited.
 */
@EmbeddedDatabase
@SpringBootTest
class ImportReconciliationIntegrationTest {

    @TempDir
    Path dir;

    @Autowired
    ImportRepository repository;

    @Autowired
    ImportReconciliation reconciliation;

    @Autowired
    InteractionLake lake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runningRecordsAreSettledFromTheLakeAndAudited() {
        Instant before = Instant.now().minusSeconds(1);
        long stored = repository.insertRunning(
                "interactions", "stored.csv", "canonical", "acd", "reject-file", "cli", before);
        long lost =
                repository.insertRunning("interactions", "lost.csv", "canonical", "crm", "reject-file", "cli", before);
        // the lake committed the first import's 40 rows; then the process died before recording it
        Path file =
                IngestFixtures.write(dir, "stored.csv", IngestFixtures.interactionsCsv("r", List.of("inhouse"), 40, 3));
        ImportReport report = new Importer(lake.lake())
                .importInteractions(ImportRequest.of(file, "acd", ImportPolicy.REJECT_FILE, Set.of("inhouse")));
        assertThat(report.committed()).isTrue();

        assertThat(reconciliation.reconcile()).isEqualTo(2);

        DataImport committed = repository.findById(stored).orElseThrow();
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(committed.rowsAccepted()).isEqualTo(40);
        assertThat(committed.lakeImportId()).isEqualTo(report.record().importId());
        assertThat(committed.lakeGeneration()).isEqualTo(lake.lake().snapshot().generation());
        assertThat(committed.message()).contains("interrupted after the lake stored its 40 row(s)");

        DataImport failed = repository.findById(lost).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.rowsAccepted()).isZero();
        assertThat(failed.message()).contains("Interrupted").contains("Import the file again");

        long audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'import' AND action = 'UPDATE'"
                        + " AND entity_id IN (:a, :b)")
                .param("a", String.valueOf(stored))
                .param("b", String.valueOf(lost))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(2);
        assertThat(reconciliation.reconcile()).as("nothing is left RUNNING").isZero();
    }
}
