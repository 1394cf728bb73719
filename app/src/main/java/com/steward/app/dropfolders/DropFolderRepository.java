package com.steward.app.dropfolders;

import static com.steward.app.database.SqlValues.instant;
import static com.steward.app.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to drop-folder sources and their file ledger. */
@Repository
class DropFolderRepository {

    private static final String SOURCE = "SELECT id, name, folder, pattern, mapping_name, dataset, policy, schedule,"
            + " stale_after_days, enabled, created_at, last_run_at, last_result, last_file_at, alert_kind,"
            + " alert_message, alert_raised_at FROM drop_folder_source";
    private static final String FILE = "SELECT id, source_id, file_name, sha256, size_bytes, modified_at, status,"
            + " import_id, message, seen_at, finished_at FROM drop_folder_file";

    private final JdbcClient jdbc;

    DropFolderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DropFolderSource> all() {
        return jdbc.sql(SOURCE + " ORDER BY name")
                .query(DropFolderRepository::source)
                .list();
    }

    Optional<DropFolderSource> find(long id) {
        return jdbc.sql(SOURCE + " WHERE id = :id")
                .param("id", id)
                .query(DropFolderRepository::source)
                .optional();
    }

    Optional<DropFolderSource> findByName(String name) {
        return jdbc.sql(SOURCE + " WHERE name = :name")
                .param("name", name)
                .query(DropFolderRepository::source)
                .optional();
    }

    long insert(DropFolderSource s) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO drop_folder_source (name, folder, pattern, mapping_name, dataset, policy, schedule,"
                        + " stale_after_days, enabled, created_at) VALUES (:name, :folder, :pattern, :mapping,"
                        + " :dataset, :policy, :schedule, :stale, :enabled, :at)")
                .param("name", s.name())
                .param("folder", s.folder())
                .param("pattern", s.pattern())
                .param("mapping", s.mappingName())
                .param("dataset", s.dataset())
                .param("policy", s.policy())
                .param("schedule", s.schedule())
                .param("stale", s.staleAfterDays())
                .param("enabled", s.enabled())
                .param("at", utc(s.createdAt()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "generated id")
                .longValue();
    }

    void update(DropFolderSource s) {
        jdbc.sql("UPDATE drop_folder_source SET name = :name, folder = :folder, pattern = :pattern,"
                        + " mapping_name = :mapping, dataset = :dataset, policy = :policy, schedule = :schedule,"
                        + " stale_after_days = :stale, enabled = :enabled WHERE id = :id")
                .param("name", s.name())
                .param("folder", s.folder())
                .param("pattern", s.pattern())
                .param("mapping", s.mappingName())
                .param("dataset", s.dataset())
                .param("policy", s.policy())
                .param("schedule", s.schedule())
                .param("stale", s.staleAfterDays())
                .param("enabled", s.enabled())
                .param("id", s.id())
                .update();
    }

    void ran(long id, Instant at, String result, @Nullable Instant lastFileAt) {
        jdbc.sql("UPDATE drop_folder_source SET last_run_at = :at, last_result = :result,"
                        + " last_file_at = COALESCE(:file, last_file_at) WHERE id = :id")
                .param("at", utc(at))
                .param("result", cut(result, 1000))
                .param("file", lastFileAt == null ? null : utc(lastFileAt))
                .param("id", id)
                .update();
    }

    void alert(long id, @Nullable String kind, @Nullable String message, @Nullable Instant at) {
        jdbc.sql("UPDATE drop_folder_source SET alert_kind = :kind, alert_message = :message, alert_raised_at = :at"
                        + " WHERE id = :id")
                .param("kind", kind)
                .param("message", cut(message, 1000))
                .param("at", at == null ? null : utc(at))
                .param("id", id)
                .update();
    }

    List<DropFolderFile> files(long sourceId, int limit) {
        return jdbc
                .sql(FILE + " WHERE source_id = :s ORDER BY id DESC")
                .param("s", sourceId)
                .query(DropFolderRepository::file)
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    Optional<DropFolderFile> waiting(long sourceId, String fileName) {
        return jdbc.sql(FILE + " WHERE source_id = :s AND file_name = :n AND status = 'WAITING'")
                .param("s", sourceId)
                .param("n", fileName)
                .query(DropFolderRepository::file)
                .optional();
    }

    /** A file of this source with the same content that was already taken (imported or rejected). */
    Optional<DropFolderFile> taken(long sourceId, String sha256) {
        return jdbc
                .sql(FILE + " WHERE source_id = :s AND sha256 = :sha AND status IN ('IMPORTED', 'REJECTED')"
                        + " ORDER BY id")
                .param("s", sourceId)
                .param("sha", sha256)
                .query(DropFolderRepository::file)
                .list()
                .stream()
                .findFirst();
    }

    long insertWaiting(long sourceId, String fileName, long size, Instant modified, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO drop_folder_file (source_id, file_name, size_bytes, modified_at, status, seen_at)"
                        + " VALUES (:s, :n, :size, :modified, 'WAITING', :at)")
                .param("s", sourceId)
                .param("n", cut(fileName, 512))
                .param("size", size)
                .param("modified", utc(modified))
                .param("at", utc(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "generated id")
                .longValue();
    }

    void resize(long id, long size, Instant modified) {
        jdbc.sql("UPDATE drop_folder_file SET size_bytes = :size, modified_at = :modified WHERE id = :id")
                .param("size", size)
                .param("modified", utc(modified))
                .param("id", id)
                .update();
    }

    void finish(
            long id,
            String status,
            String sha256,
            long size,
            @Nullable Long importId,
            @Nullable String message,
            Instant at) {
        jdbc.sql("UPDATE drop_folder_file SET status = :status, sha256 = :sha, size_bytes = :size,"
                        + " import_id = :import, message = :message, finished_at = :at WHERE id = :id")
                .param("status", status)
                .param("sha", sha256)
                .param("size", size)
                .param("import", importId)
                .param("message", cut(message, 1000))
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    private static DropFolderSource source(ResultSet rs, int row) throws SQLException {
        return new DropFolderSource(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("folder"),
                rs.getString("pattern"),
                rs.getString("mapping_name"),
                rs.getString("dataset"),
                rs.getString("policy"),
                rs.getString("schedule"),
                rs.getInt("stale_after_days"),
                rs.getBoolean("enabled"),
                instant(rs, "created_at"),
                instant(rs, "last_run_at"),
                rs.getString("last_result"),
                instant(rs, "last_file_at"),
                rs.getString("alert_kind"),
                rs.getString("alert_message"),
                instant(rs, "alert_raised_at"));
    }

    private static DropFolderFile file(ResultSet rs, int row) throws SQLException {
        long importId = rs.getLong("import_id");
        Long imported = rs.wasNull() ? null : importId;
        return new DropFolderFile(
                rs.getLong("id"),
                rs.getLong("source_id"),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                instant(rs, "modified_at"),
                rs.getString("status"),
                imported,
                rs.getString("message"),
                instant(rs, "seen_at"),
                instant(rs, "finished_at"));
    }

    private static @Nullable String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
