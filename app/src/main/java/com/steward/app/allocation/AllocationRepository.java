package com.steward.app.allocation;

import com.steward.app.security.VendorScope;
import com.steward.core.allocation.ForecastInterval;
import com.steward.core.allocation.Segment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL access to allocation plans. A plan is visible in a scope when one of its handlers is a vendor of the scope
 * (client staff: every plan); hours are read only for the scope's vendors.
 */
@Repository
class AllocationRepository {

    private static final String HEADER = "p.id, p.name, p.first_day, p.last_day, p.interval_minutes, p.created_by,"
            + " p.created_at FROM allocation_plans p";

    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AllocationPlanHeader> findAll(VendorScope scope) {
        return jdbc.sql("SELECT " + HEADER + " WHERE " + visible(scope) + " ORDER BY p.first_day DESC, p.id DESC")
                .query(AllocationRepository::header)
                .list();
    }

    Optional<AllocationPlanHeader> find(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + HEADER + " WHERE p.id = :id AND " + visible(scope))
                .param("id", id)
                .query(AllocationRepository::header)
                .optional();
    }

    private static String visible(VendorScope scope) {
        return scope.unrestricted()
                ? "1=1"
                : "EXISTS (SELECT 1 FROM allocation_handlers h WHERE h.plan_id = p.id AND "
                        + scope.sqlCondition("h.vendor_id") + ")";
    }

    long insertPlan(String name, LocalDate first, LocalDate last, int minutes, String actor, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO allocation_plans (name, first_day, last_day, interval_minutes, created_by, created_at)
                        VALUES (:name, :first, :last, :minutes, :actor, :at)
                        """)
                .param("name", name)
                .param("first", first)
                .param("last", last)
                .param("minutes", minutes)
                .param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(key, "id");
        return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
    }

    void insertHandler(long planId, StoredHandler h) {
        jdbc.sql("""
                        INSERT INTO allocation_handlers (plan_id, code, vendor_id, ordinal, aht_seconds, patience_seconds,
                            service_level, answer_seconds, shrinkage)
                        VALUES (:plan, :code, :vendor, :ordinal, :aht, :patience, :sl, :answer, :shrinkage)
                        """)
                .param("plan", planId)
                .param("code", h.code())
                .param("vendor", h.vendorId())
                .param("ordinal", h.ordinal())
                .param("aht", h.ahtSeconds())
                .param("patience", h.patienceSeconds())
                .param("sl", h.serviceLevel())
                .param("answer", h.answerSeconds())
                .param("shrinkage", h.shrinkage())
                .update();
    }

    void insertSplit(long planId, StoredSplit s) {
        jdbc.sql("""
                        INSERT INTO allocation_splits (plan_id, queue, region, handler_code, ordinal, mode, share, cap, source)
                        VALUES (:plan, :queue, :region, :handler, :ordinal, :mode, :share, :cap, :source)
                        """)
                .param("plan", planId)
                .param("queue", s.queue())
                .param("region", s.region())
                .param("handler", s.handler())
                .param("ordinal", s.ordinal())
                .param("mode", s.mode())
                .param("share", s.share())
                .param("cap", s.cap())
                .param("source", s.source())
                .update();
    }

    void insertForecast(long planId, List<ForecastInterval> rows) {
        for (ForecastInterval f : rows) {
            jdbc.sql("""
                            INSERT INTO allocation_forecast (plan_id, queue, region, interval_start, contacts, aht_seconds)
                            VALUES (:plan, :queue, :region, :start, :contacts, :aht)
                            """)
                    .param("plan", planId)
                    .param("queue", f.segment().queue())
                    .param("region", f.segment().region())
                    .param("start", Timestamp.valueOf(f.start()))
                    .param("contacts", f.contacts())
                    .param("aht", f.ahtSeconds())
                    .update();
        }
    }

    List<StoredHandler> handlers(long planId) {
        return jdbc.sql("SELECT code, vendor_id, ordinal, aht_seconds, patience_seconds, service_level, answer_seconds,"
                        + " shrinkage FROM allocation_handlers WHERE plan_id = :plan ORDER BY ordinal")
                .param("plan", planId)
                .query((rs, n) -> new StoredHandler(
                        rs.getString("code"),
                        nullableLong(rs, "vendor_id"),
                        rs.getInt("ordinal"),
                        nullableDouble(rs, "aht_seconds"),
                        nullableDouble(rs, "patience_seconds"),
                        rs.getDouble("service_level"),
                        rs.getDouble("answer_seconds"),
                        rs.getDouble("shrinkage")))
                .list();
    }

    List<StoredSplit> splits(long planId) {
        return jdbc.sql("SELECT queue, region, handler_code, ordinal, mode, share, cap, source FROM allocation_splits"
                        + " WHERE plan_id = :plan ORDER BY queue, region, ordinal")
                .param("plan", planId)
                .query((rs, n) -> new StoredSplit(
                        rs.getString("queue"),
                        rs.getString("region"),
                        rs.getString("handler_code"),
                        rs.getInt("ordinal"),
                        rs.getString("mode"),
                        nullableDouble(rs, "share"),
                        nullableDouble(rs, "cap"),
                        rs.getString("source")))
                .list();
    }

    List<ForecastInterval> forecast(long planId) {
        return jdbc.sql("SELECT queue, region, interval_start, contacts, aht_seconds FROM allocation_forecast"
                        + " WHERE plan_id = :plan ORDER BY queue, region, interval_start")
                .param("plan", planId)
                .query((rs, n) -> new ForecastInterval(
                        new Segment(rs.getString("queue"), rs.getString("region")),
                        rs.getTimestamp("interval_start").toLocalDateTime(),
                        rs.getDouble("contacts"),
                        rs.getDouble("aht_seconds")))
                .list();
    }

    List<StoredHours> hours(long planId, VendorScope scope) {
        return jdbc.sql("SELECT h.vendor_id, v.code, h.interval_start, h.committed_hours, h.scheduled_hours,"
                        + " h.delivered_hours FROM allocation_hours h JOIN vendors v ON v.id = h.vendor_id"
                        + " WHERE h.plan_id = :plan AND " + scope.sqlCondition("h.vendor_id")
                        + " ORDER BY v.code, h.interval_start")
                .param("plan", planId)
                .query((rs, n) -> new StoredHours(
                        rs.getLong("vendor_id"),
                        rs.getString("code"),
                        rs.getTimestamp("interval_start").toLocalDateTime(),
                        nullableDouble(rs, "committed_hours"),
                        nullableDouble(rs, "scheduled_hours"),
                        nullableDouble(rs, "delivered_hours")))
                .list();
    }

    /**
     * Sets the given columns of one vendor's interval, leaving the others as they were; creates the row when
     * missing. {@code set*} false = column not in the input.
     */
    void upsertHours(long planId, long vendorId, LocalDateTime start, HoursChange change, String actor, Instant at) {
        StringBuilder set = new StringBuilder("updated_by = :actor, updated_at = :at");
        if (change.setCommitted()) {
            set.append(", committed_hours = :committed");
        }
        if (change.setScheduled()) {
            set.append(", scheduled_hours = :scheduled");
        }
        if (change.setDelivered()) {
            set.append(", delivered_hours = :delivered");
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE allocation_hours SET " + set
                        + " WHERE plan_id = :plan AND vendor_id = :vendor AND interval_start = :start")
                .param("plan", planId)
                .param("vendor", vendorId)
                .param("start", Timestamp.valueOf(start))
                .param("committed", change.committed())
                .param("scheduled", change.scheduled())
                .param("delivered", change.delivered())
                .param("actor", actor)
                .param("at", when)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO allocation_hours (plan_id, vendor_id, interval_start, committed_hours,
                                scheduled_hours, delivered_hours, updated_by, updated_at)
                            VALUES (:plan, :vendor, :start, :committed, :scheduled, :delivered, :actor, :at)
                            """)
                    .param("plan", planId)
                    .param("vendor", vendorId)
                    .param("start", Timestamp.valueOf(start))
                    .param("committed", change.committed())
                    .param("scheduled", change.scheduled())
                    .param("delivered", change.delivered())
                    .param("actor", actor)
                    .param("at", when)
                    .update();
        }
    }

    /** Values for some of the three hour columns; a column with {@code set*} false is left unchanged. */
    record HoursChange(
            boolean setCommitted,
            @Nullable Double committed,
            boolean setScheduled,
            @Nullable Double scheduled,
            boolean setDelivered,
            @Nullable Double delivered) {}

    private static AllocationPlanHeader header(ResultSet rs, int n) throws SQLException {
        return new AllocationPlanHeader(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getDate("first_day").toLocalDate(),
                rs.getDate("last_day").toLocalDate(),
                rs.getInt("interval_minutes"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
