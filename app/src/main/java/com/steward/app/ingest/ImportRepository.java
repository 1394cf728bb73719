package com.steward.app.ingest;

import static com.steward.app.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to the import records. */
@Repository
class ImportRepository {

    private static final String COLUMNS = "id, dataset, file_name, sha256, mapping_name, source, policy, status,"
            + " rows_read, rows_accepted, rows_rejected, lake_import_id, lake_generation, message, imported_by,"
            + " started_at, finished_at";

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRunning(
            String dataset, String fileName, String mapping, String source, String policy, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ingest_imports (dataset, file_name, mapping_name, source, policy, status, imported_by,"
                        + " started_at) VALUES (:dataset, :file, :mapping, :source, :policy, 'RUNNING', :by, :at)")
                .param("dataset", dataset)
                .param("file", cut(fileName, 512))
                .param("mapping", cut(mapping, 128))
                .param("source", cut(source, 128))
                .param("policy", policy)
                .param("by", cut(by, 128))
                .param("at", utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finish(
            long id,
            ImportStatus status,
            String sha256,
            String source,
            long read,
            long accepted,
            long rejected,
            String lakeImportId,
            Long generation,
            String message,
            Instant at) {
        jdbc.sql("UPDATE ingest_imports SET status = :status, sha256 = :sha, source = COALESCE(:source, source),"
                        + " rows_read = :read, rows_accepted = :accepted, rows_rejected = :rejected,"
                        + " lake_import_id = :importId, lake_generation = :generation, message = :message,"
                        + " finished_at = :at WHERE id = :id")
                .param("id", id)
                .param("status", status.name())
                .param("sha", cut(sha256, 64))
                .param("source", cut(source, 128))
                .param("read", read)
                .param("accepted", accepted)
                .param("rejected", rejected)
                .param("importId", lakeImportId)
                .param("generation", generation)
                .param("message", cut(message, 2000))
                .param("at", utc(at))
                .update();
    }

    Optional<DataImport> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ingest_imports WHERE id = :id")
                .param("id", id)
                .query(ImportRepository::map)
                .optional();
    }

    List<DataImport> newest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ingest_imports ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query(ImportRepository::map)
                .list();
    }

    List<DataImport> running() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ingest_imports WHERE status = 'RUNNING' ORDER BY id")
                .query(ImportRepository::map)
                .list();
    }

    /** The lake import ids that records already claim. */
    List<String> lakeImportIds() {
        return jdbc.sql("SELECT lake_import_id FROM ingest_imports WHERE lake_import_id IS NOT NULL")
                .query(String.class)
                .list();
    }

    /** Cuts to the column's size and drops control characters (PostgreSQL refuses NUL in text). */
    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    private static DataImport map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new DataImport(
                rs.getLong("id"),
                rs.getString("dataset"),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getString("mapping_name"),
                rs.getString("source"),
                rs.getString("policy"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getLong("rows_read"),
                rs.getLong("rows_accepted"),
                rs.getLong("rows_rejected"),
                rs.getString("lake_import_id"),
                rs.getObject("lake_generation", Long.class),
                rs.getString("message"),
                rs.getString("imported_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
