package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewSql.nullableLong;
import static com.steward.app.reviews.ReviewSql.requiredInstant;
import static com.steward.app.reviews.ReviewSql.utc;

import com.steward.app.security.VendorScope;
import com.steward.core.governance.PromiseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to review promises; every read of a caller's data takes its vendor scope. */
@Repository
class PromiseRepository {

    private final JdbcClient jdbc;

    PromiseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A promise row, before its outcome as of today is derived. */
    record PromiseRow(
            long id,
            long vendorId,
            String vendorName,
            @Nullable Long meetingId,
            String what,
            String promisedBy,
            Side side,
            LocalDate madeOn,
            LocalDate dueDate,
            PromiseStatus status,
            @Nullable LocalDate keptOn,
            @Nullable String note,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt) {}

    private static final String PROMISE =
            "SELECT p.*, v.name AS vendor_name FROM review_promises p" + " JOIN vendors v ON v.id = p.vendor_id WHERE ";

    List<PromiseRow> promises(long vendorId, VendorScope scope) {
        return jdbc.sql(PROMISE + "p.vendor_id = :vendor AND " + scope.sqlCondition("p.vendor_id")
                        + " ORDER BY p.due_date, p.id")
                .param("vendor", vendorId)
                .query((rs, n) -> promise(rs))
                .list();
    }

    Optional<PromiseRow> promise(long id, VendorScope scope) {
        return jdbc.sql(PROMISE + "p.id = :id AND " + scope.sqlCondition("p.vendor_id"))
                .param("id", id)
                .query((rs, n) -> promise(rs))
                .optional();
    }

    long insertPromise(PromiseInput in, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_promises (vendor_id, meeting_id, what, promised_by, side, made_on, due_date,
                          status, created_by, created_at, updated_by, updated_at)
                        VALUES (:vendor, :meeting, :what, :by, :side, :made, :due, 'OPEN', :actor, :now, :actor, :now)
                        """)
                .param("vendor", in.vendorId())
                .param("meeting", in.meetingId())
                .param("what", in.what())
                .param("by", in.promisedBy())
                .param("side", Objects.requireNonNull(in.side()).name())
                .param("made", in.madeOn())
                .param("due", in.dueDate())
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return ReviewSql.key(keys);
    }

    void updateOutcome(
            long id,
            PromiseStatus status,
            @Nullable LocalDate keptOn,
            @Nullable String note,
            String actor,
            Instant now) {
        jdbc.sql("UPDATE review_promises SET status = :status, kept_on = :kept, note = :note, updated_by = :actor,"
                        + " updated_at = :now WHERE id = :id")
                .param("status", status.name())
                .param("kept", keptOn)
                .param("note", note)
                .param("actor", actor)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void updatePromiseNote(long id, String note, String actor, Instant now) {
        jdbc.sql("UPDATE review_promises SET note = :note, updated_by = :actor, updated_at = :now WHERE id = :id")
                .param("note", note)
                .param("actor", actor)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    private static PromiseRow promise(ResultSet rs) throws SQLException {
        return new PromiseRow(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                nullableLong(rs, "meeting_id"),
                rs.getString("what"),
                rs.getString("promised_by"),
                Side.valueOf(rs.getString("side")),
                rs.getObject("made_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                PromiseStatus.valueOf(rs.getString("status")),
                rs.getObject("kept_on", LocalDate.class),
                rs.getString("note"),
                rs.getString("created_by"),
                requiredInstant(rs, "created_at"),
                rs.getString("updated_by"),
                requiredInstant(rs, "updated_at"));
    }
}
