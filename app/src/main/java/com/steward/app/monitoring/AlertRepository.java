package com.steward.app.monitoring;

import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to SPC alerts; reads take the caller's vendor scope. */
@Repository
class AlertRepository {

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String vendorCode, String metricId, LocalDate week) {
        return jdbc.sql("SELECT COUNT(*) FROM monitoring_alert WHERE vendor_code = :v AND metric_id = :m AND week = :w")
                        .param("v", vendorCode)
                        .param("m", metricId)
                        .param("w", week)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(Alert a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO monitoring_alert (vendor_id, vendor_code, metric_id, week, direction, observed, statistic,
                          centre, lcl, ucl, sample_size, status, raised_at)
                        VALUES (:vendor, :code, :metric, :week, :direction, :observed, :statistic, :centre, :lcl, :ucl, :n,
                          'OPEN', :at)
                        """)
                .param("vendor", a.vendorId())
                .param("code", a.vendorCode())
                .param("metric", a.metricId())
                .param("week", a.week())
                .param("direction", a.direction())
                .param("observed", a.observed())
                .param("statistic", a.statistic())
                .param("centre", a.centre())
                .param("lcl", a.lcl())
                .param("ucl", a.ucl())
                .param("n", a.sampleSize())
                .param("at", OffsetDateTime.ofInstant(a.raisedAt(), ZoneOffset.UTC))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "generated id")
                .longValue();
    }

    void notification(long id, String text) {
        jdbc.sql("UPDATE monitoring_alert SET notification = :t WHERE id = :id")
                .param("t", text.length() > 500 ? text.substring(0, 500) : text)
                .param("id", id)
                .update();
    }

    Optional<Alert> find(long id, VendorScope scope) {
        return jdbc.sql("SELECT * FROM monitoring_alert WHERE id = :id AND " + scope.sqlCondition("vendor_id"))
                .param("id", id)
                .query(AlertRepository::map)
                .optional();
    }

    List<Alert> list(VendorScope scope, @Nullable AlertStatus status) {
        String sql = "SELECT * FROM monitoring_alert WHERE " + scope.sqlCondition("vendor_id");
        if (status == null) {
            return jdbc.sql(sql + " ORDER BY week DESC, id DESC")
                    .query(AlertRepository::map)
                    .list();
        }
        return jdbc.sql(sql + " AND status = :s ORDER BY week DESC, id DESC")
                .param("s", status.name())
                .query(AlertRepository::map)
                .list();
    }

    void acknowledge(long id, String by, Instant at, @Nullable String note) {
        jdbc.sql("""
                        UPDATE monitoring_alert SET status = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_at = :at,
                          note = COALESCE(:note, note) WHERE id = :id AND status = 'OPEN'
                        """)
                .param("id", id)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("note", note)
                .update();
    }

    void resolve(long id, String by, Instant at, @Nullable String note) {
        jdbc.sql("""
                        UPDATE monitoring_alert SET status = 'RESOLVED', resolved_by = :by, resolved_at = :at,
                          note = COALESCE(:note, note) WHERE id = :id AND status <> 'RESOLVED'
                        """)
                .param("id", id)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("note", note)
                .update();
    }

    private static Alert map(ResultSet rs, int row) throws SQLException {
        long vendor = rs.getLong("vendor_id");
        Long vendorId = rs.wasNull() ? null : vendor;
        return new Alert(
                rs.getLong("id"),
                vendorId,
                rs.getString("vendor_code"),
                rs.getString("metric_id"),
                rs.getObject("week", LocalDate.class),
                rs.getString("direction"),
                rs.getDouble("observed"),
                rs.getDouble("statistic"),
                rs.getDouble("centre"),
                rs.getDouble("lcl"),
                rs.getDouble("ucl"),
                rs.getLong("sample_size"),
                AlertStatus.valueOf(rs.getString("status")),
                rs.getString("notification"),
                Objects.requireNonNull(instant(rs, "raised_at")),
                rs.getString("acknowledged_by"),
                instant(rs, "acknowledged_at"),
                rs.getString("resolved_by"),
                instant(rs, "resolved_at"),
                rs.getString("note"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
