package com.steward.app.costing;

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
import tools.jackson.databind.ObjectMapper;

/** SQL access to business-case scenarios; the inputs are one JSON document per row. */
@Repository
class BusinessCaseRepository {

    private static final String COLUMNS = "id, name, inputs, created_by, created_at, updated_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BusinessCaseRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<BusinessCaseScenario> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM business_cases ORDER BY name, id")
                .query(this::map)
                .list();
    }

    Optional<BusinessCaseScenario> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM business_cases WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    long insert(BusinessCaseInput inputs, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO business_cases (name, inputs, created_by, created_at, updated_at)
                        VALUES (:name, :inputs, :actor, :now, :now)
                        """)
                .param("name", inputs.name())
                .param("inputs", json.writeValueAsString(inputs))
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, BusinessCaseInput inputs, Instant now) {
        jdbc.sql("UPDATE business_cases SET name = :name, inputs = :inputs, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("name", inputs.name())
                .param("inputs", json.writeValueAsString(inputs))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM business_cases WHERE id = :id").param("id", id).update();
    }

    private BusinessCaseScenario map(ResultSet rs, int row) throws SQLException {
        return new BusinessCaseScenario(
                rs.getLong("id"),
                rs.getString("name"),
                json.readValue(rs.getString("inputs"), BusinessCaseInput.class),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
