package com.steward.app.vendors;

import com.steward.app.security.VendorScope;
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

/** SQL access to vendors; every read takes the caller's {@link VendorScope}. */
@Repository
class VendorRepository {

    private static final String COLUMNS = "id, code, name, status, in_house, created_at, updated_at";

    private final JdbcClient jdbc;

    VendorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Vendor> findAll(VendorScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vendors WHERE " + scope.sqlCondition("id")
                        + " ORDER BY in_house, name")
                .query(VendorRepository::map)
                .list();
    }

    Optional<Vendor> findById(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vendors WHERE id = :id AND " + scope.sqlCondition("id"))
                .param("id", id)
                .query(VendorRepository::map)
                .optional();
    }

    Optional<Vendor> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vendors WHERE code = :code")
                .param("code", code)
                .query(VendorRepository::map)
                .optional();
    }

    long count(VendorScope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM vendors WHERE " + scope.sqlCondition("id"))
                .query(Long.class)
                .single();
    }

    long insert(String code, String name, VendorStatus status, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO vendors (code, name, status, in_house, created_at, updated_at) VALUES (:code, :name, :status, :inHouse, :now, :now)")
                .param("code", code)
                .param("name", name)
                .param("status", status.name())
                .param("inHouse", status == VendorStatus.IN_HOUSE)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, String name, VendorStatus status, Instant now) {
        jdbc.sql(
                        "UPDATE vendors SET name = :name, status = :status, in_house = :inHouse, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("name", name)
                .param("status", status.name())
                .param("inHouse", status == VendorStatus.IN_HOUSE)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    private static Vendor map(ResultSet rs, int row) throws SQLException {
        return new Vendor(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                VendorStatus.valueOf(rs.getString("status")),
                rs.getBoolean("in_house"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
