package com.steward.app.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to the saved column mappings. */
@Repository
class MappingRepository {

    private static final String COLUMNS = "id, name, properties, updated_by, updated_at";

    private final JdbcClient jdbc;

    MappingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SavedMapping> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ingest_mappings ORDER BY name")
                .query(MappingRepository::map)
                .list();
    }

    Optional<SavedMapping> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ingest_mappings WHERE id = :id")
                .param("id", id)
                .query(MappingRepository::map)
                .optional();
    }

    Optional<SavedMapping> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ingest_mappings WHERE name = :name")
                .param("name", name)
                .query(MappingRepository::map)
                .optional();
    }

    long insert(String name, String properties, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ingest_mappings (name, properties, updated_by, created_at, updated_at)"
                        + " VALUES (:name, :properties, :by, :now, :now)")
                .param("name", name)
                .param("properties", properties)
                .param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, String properties, String by, Instant now) {
        jdbc.sql("UPDATE ingest_mappings SET properties = :properties, updated_by = :by, updated_at = :now"
                        + " WHERE id = :id")
                .param("id", id)
                .param("properties", properties)
                .param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    private static SavedMapping map(ResultSet rs, int row) throws SQLException {
        return new SavedMapping(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("properties"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM ingest_mappings WHERE id = :id").param("id", id).update();
    }
}
