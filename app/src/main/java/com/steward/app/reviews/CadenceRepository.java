package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewSql.requiredInstant;
import static com.steward.app.reviews.ReviewSql.utc;

import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to review cadences; every read of a caller's data takes its vendor scope. */
@Repository
class CadenceRepository {

    private final JdbcClient jdbc;

    CadenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A cadence row: the first occurrence as an instant. */
    record CadenceRow(
            long id,
            long vendorId,
            String vendorName,
            ReviewKind kind,
            Instant firstAt,
            int durationMinutes,
            @Nullable String location,
            boolean active,
            String createdBy,
            Instant createdAt) {}

    /** What a new or changed cadence holds. */
    record CadenceValues(
            Instant firstAt, int durationMinutes, @Nullable String location, boolean active) {}

    private static final String CADENCE =
            "SELECT c.*, v.name AS vendor_name FROM review_cadences c" + " JOIN vendors v ON v.id = c.vendor_id WHERE ";

    List<CadenceRow> cadences(long vendorId, VendorScope scope) {
        return jdbc.sql(CADENCE + "c.vendor_id = :vendor AND " + scope.sqlCondition("c.vendor_id") + " ORDER BY c.id")
                .param("vendor", vendorId)
                .query((rs, n) -> cadence(rs))
                .list();
    }

    Optional<CadenceRow> cadence(long id, VendorScope scope) {
        return jdbc.sql(CADENCE + "c.id = :id AND " + scope.sqlCondition("c.vendor_id"))
                .param("id", id)
                .query((rs, n) -> cadence(rs))
                .optional();
    }

    Optional<CadenceRow> cadenceOfKind(long vendorId, ReviewKind kind) {
        return jdbc.sql(CADENCE + "c.vendor_id = :vendor AND c.kind = :kind")
                .param("vendor", vendorId)
                .param("kind", kind.name())
                .query((rs, n) -> cadence(rs))
                .optional();
    }

    long insertCadence(long vendorId, ReviewKind kind, CadenceValues values, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_cadences (vendor_id, kind, first_at, duration_minutes, location, active,
                          created_by, created_at)
                        VALUES (:vendor, :kind, :first, :minutes, :location, :active, :actor, :now)
                        """)
                .param("vendor", vendorId)
                .param("kind", kind.name())
                .param("first", utc(values.firstAt()))
                .param("minutes", values.durationMinutes())
                .param("location", values.location())
                .param("active", values.active())
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return ReviewSql.key(keys);
    }

    void updateCadence(long id, CadenceValues values) {
        jdbc.sql("UPDATE review_cadences SET first_at = :first, duration_minutes = :minutes, location = :location,"
                        + " active = :active WHERE id = :id")
                .param("first", utc(values.firstAt()))
                .param("minutes", values.durationMinutes())
                .param("location", values.location())
                .param("active", values.active())
                .param("id", id)
                .update();
    }

    private static CadenceRow cadence(ResultSet rs) throws SQLException {
        return new CadenceRow(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                ReviewKind.valueOf(rs.getString("kind")),
                requiredInstant(rs, "first_at"),
                rs.getInt("duration_minutes"),
                rs.getString("location"),
                rs.getBoolean("active"),
                rs.getString("created_by"),
                requiredInstant(rs, "created_at"));
    }
}
