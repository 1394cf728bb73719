package com.steward.app.calibration;

import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Calibration sessions, graders, sampled items, scores and disputes in the operational database. */
@Repository
class CalibrationRepository {

    private final JdbcClient jdbc;

    CalibrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SessionRow(
            long id,
            String name,
            String formName,
            int scaleMin,
            int scaleMax,
            LocalDate from,
            LocalDate to,
            long seed,
            int population,
            long expertUserId,
            SessionStatus status,
            String createdBy,
            Instant createdAt,
            String closedBy,
            Instant closedAt) {}

    record GraderRow(long userId, String displayName, Long vendorId) {
        boolean expert() {
            return vendorId == null;
        }
    }

    record ItemRow(
            long id,
            int ordinal,
            String source,
            String interactionId,
            long vendorId,
            String channel,
            String queue,
            Instant arrivedAt,
            Double vendorQa) {}

    record ScoreRow(long itemId, long userId, double score) {}

    record VendorRow(long vendorId, String code, String name, int population, Double reportedQa, int reportedQaN) {}

    private static final String SESSION_COLUMNS = """
            s.id, s.name, s.form_name, s.scale_min, s.scale_max, s.period_from, s.period_to, s.seed, s.population,
            s.expert_user_id, s.status, s.created_by, s.created_at, s.closed_by, s.closed_at""";

    /**
     * Sessions visible in {@code scope}: every session for client staff; for a vendor, the sessions that sample its
     * contacts. Newest first.
     */
    List<SessionRow> sessions(VendorScope scope) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM calibration_sessions s WHERE " + visible(scope)
                        + " ORDER BY s.period_to DESC, s.id DESC")
                .query((rs, i) -> session(rs))
                .list();
    }

    Optional<SessionRow> session(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM calibration_sessions s WHERE s.id = :id AND "
                        + visible(scope))
                .param("id", id)
                .query((rs, i) -> session(rs))
                .optional();
    }

    private static String visible(VendorScope scope) {
        return scope.unrestricted()
                ? "1=1"
                : "EXISTS (SELECT 1 FROM calibration_session_vendors sv WHERE sv.session_id = s.id AND "
                        + scope.sqlCondition("sv.vendor_id") + ")";
    }

    private static SessionRow session(ResultSet rs) throws SQLException {
        return new SessionRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("form_name"),
                rs.getInt("scale_min"),
                rs.getInt("scale_max"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getLong("seed"),
                rs.getInt("population"),
                rs.getLong("expert_user_id"),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                rs.getString("closed_by"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    long insertSession(SessionInput in, long seed, int population, long generation, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO calibration_sessions (name, form_name, scale_min, scale_max, period_from, period_to,
                          seed, population, lake_generation, expert_user_id, status, created_by, created_at)
                        VALUES (:name, :form, :min, :max, :from, :to, :seed, :population, :generation, :expert,
                          'OPEN', :actor, :now)
                        """)
                .param("name", in.name())
                .param("form", in.formName())
                .param("min", in.scaleMin())
                .param("max", in.scaleMax())
                .param("from", in.from())
                .param("to", in.to())
                .param("seed", seed)
                .param("population", population)
                .param("generation", generation)
                .param("expert", in.expertId())
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertVendor(long sessionId, long vendorId, int population, Double reportedQa, int reportedQaN) {
        jdbc.sql("""
                        INSERT INTO calibration_session_vendors (session_id, vendor_id, population, reported_qa,
                          reported_qa_n)
                        VALUES (:s, :v, :p, :qa, :n)
                        """)
                .param("s", sessionId)
                .param("v", vendorId)
                .param("p", population)
                .param("qa", reportedQa)
                .param("n", reportedQaN)
                .update();
    }

    void insertGrader(long sessionId, long userId, Long vendorId) {
        jdbc.sql("INSERT INTO calibration_graders (session_id, user_id, vendor_id) VALUES (:s, :u, :v)")
                .param("s", sessionId)
                .param("u", userId)
                .param("v", vendorId)
                .update();
    }

    void insertItem(long sessionId, int ordinal, CalibrationLake.Contact c, long vendorId) {
        jdbc.sql("""
                        INSERT INTO calibration_items (session_id, ordinal, source, interaction_id, vendor_id, channel,
                          queue, arrived_at, vendor_qa)
                        VALUES (:s, :o, :source, :iid, :v, :channel, :queue, :at, :qa)
                        """)
                .param("s", sessionId)
                .param("o", ordinal)
                .param("source", c.source())
                .param("iid", c.interactionId())
                .param("v", vendorId)
                .param("channel", c.channel())
                .param("queue", c.queue())
                .param("at", OffsetDateTime.ofInstant(c.arrivedAt(), ZoneOffset.UTC))
                .param("qa", c.qaScore())
                .update();
    }

    List<VendorRow> vendors(long sessionId) {
        return jdbc.sql("""
                        SELECT sv.vendor_id, v.code, v.name, sv.population, sv.reported_qa, sv.reported_qa_n
                        FROM calibration_session_vendors sv JOIN vendors v ON v.id = sv.vendor_id
                        WHERE sv.session_id = :s ORDER BY v.name
                        """)
                .param("s", sessionId)
                .query((rs, i) -> new VendorRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        (Double) rs.getObject(5, Double.class),
                        rs.getInt(6)))
                .list();
    }

    List<GraderRow> graders(long sessionId) {
        return jdbc.sql("""
                        SELECT g.user_id, u.display_name, g.vendor_id
                        FROM calibration_graders g JOIN users u ON u.id = g.user_id
                        WHERE g.session_id = :s ORDER BY g.vendor_id NULLS FIRST, u.display_name, g.user_id
                        """)
                .param("s", sessionId)
                .query((rs, i) -> new GraderRow(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class)))
                .list();
    }

    List<ItemRow> items(long sessionId) {
        return jdbc.sql("""
                        SELECT id, ordinal, source, interaction_id, vendor_id, channel, queue, arrived_at, vendor_qa
                        FROM calibration_items WHERE session_id = :s ORDER BY ordinal
                        """)
                .param("s", sessionId)
                .query((rs, i) -> new ItemRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                        (Double) rs.getObject(9, Double.class)))
                .list();
    }

    List<ScoreRow> scores(long sessionId) {
        return jdbc.sql("""
                        SELECT c.item_id, c.user_id, c.score
                        FROM calibration_scores c JOIN calibration_items i ON i.id = c.item_id
                        WHERE i.session_id = :s
                        """)
                .param("s", sessionId)
                .query((rs, i) -> new ScoreRow(rs.getLong(1), rs.getLong(2), rs.getDouble(3)))
                .list();
    }

    void insertScore(long itemId, long userId, double score, Instant now) {
        jdbc.sql("INSERT INTO calibration_scores (item_id, user_id, score, scored_at) VALUES (:i, :u, :s, :at)")
                .param("i", itemId)
                .param("u", userId)
                .param("s", score)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    void updateScore(long itemId, long userId, double score, Instant now) {
        jdbc.sql("UPDATE calibration_scores SET score = :s, scored_at = :at WHERE item_id = :i AND user_id = :u")
                .param("i", itemId)
                .param("u", userId)
                .param("s", score)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    void close(long sessionId, String actor, Instant now) {
        jdbc.sql("UPDATE calibration_sessions SET status = 'CLOSED', closed_by = :a, closed_at = :at WHERE id = :id")
                .param("id", sessionId)
                .param("a", actor)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    private static final String DISPUTE_COLUMNS = """
            d.id, i.session_id, d.item_id, i.interaction_id, d.vendor_id, d.reason, d.raised_by, d.raised_at,
            d.status, d.old_score, d.new_score, d.resolution, d.resolved_by, d.resolved_at""";

    /** Disputes of one session in {@code scope} (a vendor sees only its own). */
    List<Dispute> disputes(long sessionId, VendorScope scope) {
        return jdbc.sql("SELECT " + DISPUTE_COLUMNS + " FROM calibration_disputes d JOIN calibration_items i"
                        + " ON i.id = d.item_id WHERE i.session_id = :s AND " + scope.sqlCondition("d.vendor_id")
                        + " ORDER BY d.id")
                .param("s", sessionId)
                .query((rs, i) -> dispute(rs))
                .list();
    }

    Optional<Dispute> dispute(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + DISPUTE_COLUMNS + " FROM calibration_disputes d JOIN calibration_items i"
                        + " ON i.id = d.item_id WHERE d.id = :id AND " + scope.sqlCondition("d.vendor_id"))
                .param("id", id)
                .query((rs, i) -> dispute(rs))
                .optional();
    }

    private static Dispute dispute(ResultSet rs) throws SQLException {
        return new Dispute(
                rs.getLong("id"),
                rs.getLong("session_id"),
                rs.getLong("item_id"),
                rs.getString("interaction_id"),
                rs.getLong("vendor_id"),
                rs.getString("reason"),
                rs.getString("raised_by"),
                instant(rs, "raised_at"),
                DisputeStatus.valueOf(rs.getString("status")),
                rs.getDouble("old_score"),
                (Double) rs.getObject("new_score", Double.class),
                rs.getString("resolution"),
                rs.getString("resolved_by"),
                instant(rs, "resolved_at"));
    }

    boolean openDisputeOn(long itemId) {
        return jdbc.sql("SELECT COUNT(*) FROM calibration_disputes WHERE item_id = :i AND status = 'OPEN'")
                        .param("i", itemId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertDispute(long itemId, long vendorId, String reason, double oldScore, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO calibration_disputes (item_id, vendor_id, reason, raised_by, raised_at, status,
                          old_score)
                        VALUES (:i, :v, :r, :a, :at, 'OPEN', :old)
                        """)
                .param("i", itemId)
                .param("v", vendorId)
                .param("r", reason)
                .param("a", actor)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("old", oldScore)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void resolveDispute(long id, DisputeStatus status, Double newScore, String note, String actor, Instant now) {
        jdbc.sql("""
                        UPDATE calibration_disputes SET status = :st, new_score = :ns, resolution = :note,
                          resolved_by = :a, resolved_at = :at
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("st", status.name())
                .param("ns", newScore)
                .param("note", note)
                .param("a", actor)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    /** The newest closed session that sampled {@code vendorId}, if any. */
    Optional<Long> latestClosedWith(long vendorId) {
        return jdbc.sql("""
                        SELECT s.id FROM calibration_sessions s
                        JOIN calibration_session_vendors sv ON sv.session_id = s.id
                        WHERE s.status = 'CLOSED' AND sv.vendor_id = :v
                        ORDER BY s.closed_at DESC, s.id DESC
                        """).param("v", vendorId).query(Long.class).list().stream()
                .findFirst();
    }
}
