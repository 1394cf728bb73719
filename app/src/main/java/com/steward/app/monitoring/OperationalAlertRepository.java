package com.steward.app.monitoring;

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

/** SQL access to operational alerts. */
@Repository
class OperationalAlertRepository {

    private final JdbcClient jdbc;

    OperationalAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an alert of this origin, kind and link is still open or acknowledged. */
    boolean unresolved(String origin, String kind, String link) {
        return jdbc.sql("SELECT COUNT(*) FROM monitoring_operational_alert WHERE origin = :o AND kind = :k"
                                + " AND link = :l AND status <> 'RESOLVED'")
                        .param("o", origin)
                        .param("k", kind)
                        .param("l", link)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(RaiseOperationalAlert a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO monitoring_operational_alert (origin, kind, message, link, status, raised_at)"
                        + " VALUES (:origin, :kind, :message, :link, 'OPEN', :at)")
                .param("origin", cut(a.origin(), 200))
                .param("kind", a.kind())
                .param("message", cut(a.message(), 1000))
                .param("link", cut(a.link(), 500))
                .param("at", utc(a.at()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "generated id")
                .longValue();
    }

    void notification(long id, String text) {
        jdbc.sql("UPDATE monitoring_operational_alert SET notification = :t WHERE id = :id")
                .param("t", cut(text, 500))
                .param("id", id)
                .update();
    }

    Optional<OperationalAlert> find(long id) {
        return jdbc.sql("SELECT * FROM monitoring_operational_alert WHERE id = :id")
                .param("id", id)
                .query(OperationalAlertRepository::map)
                .optional();
    }

    /** Newest first; every status when {@code status} is empty. */
    List<OperationalAlert> list(Optional<AlertStatus> status) {
        String sql = "SELECT * FROM monitoring_operational_alert";
        return status.map(s -> jdbc.sql(sql + " WHERE status = :s ORDER BY raised_at DESC, id DESC")
                        .param("s", s.name())
                        .query(OperationalAlertRepository::map)
                        .list())
                .orElseGet(() -> jdbc.sql(sql + " ORDER BY raised_at DESC, id DESC")
                        .query(OperationalAlertRepository::map)
                        .list());
    }

    /** The unresolved alerts of an origin and kind. */
    List<OperationalAlert> unresolved(String origin, String kind) {
        return jdbc.sql("SELECT * FROM monitoring_operational_alert WHERE origin = :o AND kind = :k"
                        + " AND status <> 'RESOLVED' ORDER BY id")
                .param("o", origin)
                .param("k", kind)
                .query(OperationalAlertRepository::map)
                .list();
    }

    void acknowledge(long id, String by, Instant at, @Nullable String note) {
        jdbc.sql("UPDATE monitoring_operational_alert SET status = 'ACKNOWLEDGED', acknowledged_by = :by,"
                        + " acknowledged_at = :at, note = COALESCE(:note, note) WHERE id = :id AND status = 'OPEN'")
                .param("id", id)
                .param("by", by)
                .param("at", utc(at))
                .param("note", note)
                .update();
    }

    void resolve(long id, String by, Instant at, @Nullable String note) {
        jdbc.sql("UPDATE monitoring_operational_alert SET status = 'RESOLVED', resolved_by = :by, resolved_at = :at,"
                        + " note = COALESCE(:note, note) WHERE id = :id AND status <> 'RESOLVED'")
                .param("id", id)
                .param("by", by)
                .param("at", utc(at))
                .param("note", note)
                .update();
    }

    private static OperationalAlert map(ResultSet rs, int row) throws SQLException {
        return new OperationalAlert(
                rs.getLong("id"),
                rs.getString("origin"),
                rs.getString("kind"),
                rs.getString("message"),
                rs.getString("link"),
                AlertStatus.valueOf(rs.getString("status")),
                rs.getString("notification"),
                instant(rs, "raised_at"),
                rs.getString("acknowledged_by"),
                instant(rs, "acknowledged_at"),
                rs.getString("resolved_by"),
                instant(rs, "resolved_at"),
                rs.getString("note"));
    }

    private static @Nullable String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
