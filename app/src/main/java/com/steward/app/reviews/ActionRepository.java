package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewSql.nullableLong;
import static com.steward.app.reviews.ReviewSql.requiredInstant;
import static com.steward.app.reviews.ReviewSql.utc;

import com.steward.app.security.VendorScope;
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

/** SQL access to review actions and their update history; every read of a caller's data takes its vendor scope. */
@Repository
class ActionRepository {

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An action row without its history. */
    record ActionRow(
            long id,
            long vendorId,
            String vendorName,
            @Nullable Long meetingId,
            String title,
            String ownerName,
            Side ownerSide,
            LocalDate dueDate,
            ActionStatus status,
            @Nullable LocalDate doneOn,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt) {}

    private static final String ACTION =
            "SELECT a.*, v.name AS vendor_name FROM review_actions a" + " JOIN vendors v ON v.id = a.vendor_id WHERE ";

    List<ActionRow> actions(long vendorId, VendorScope scope) {
        return jdbc.sql(ACTION + "a.vendor_id = :vendor AND " + scope.sqlCondition("a.vendor_id")
                        + " ORDER BY a.due_date, a.id")
                .param("vendor", vendorId)
                .query((rs, n) -> action(rs))
                .list();
    }

    Optional<ActionRow> action(long id, VendorScope scope) {
        return jdbc.sql(ACTION + "a.id = :id AND " + scope.sqlCondition("a.vendor_id"))
                .param("id", id)
                .query((rs, n) -> action(rs))
                .optional();
    }

    long insertAction(ActionInput in, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_actions (vendor_id, meeting_id, title, owner_name, owner_side, due_date,
                          status, created_by, created_at, updated_by, updated_at)
                        VALUES (:vendor, :meeting, :title, :owner, :side, :due, 'OPEN', :actor, :now, :actor, :now)
                        """)
                .param("vendor", in.vendorId())
                .param("meeting", in.meetingId())
                .param("title", in.title())
                .param("owner", in.ownerName())
                .param("side", Objects.requireNonNull(in.ownerSide()).name())
                .param("due", in.dueDate())
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return ReviewSql.key(keys);
    }

    void updateActionStatus(long id, ActionStatus status, @Nullable LocalDate doneOn, String actor, Instant now) {
        jdbc.sql("UPDATE review_actions SET status = :status, done_on = :done, updated_by = :actor, updated_at = :now"
                        + " WHERE id = :id")
                .param("status", status.name())
                .param("done", doneOn)
                .param("actor", actor)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    /** Appends {@code update} (its id is ignored) to the action's history. */
    void insertActionUpdate(long actionId, ActionUpdate update) {
        jdbc.sql("""
                        INSERT INTO review_action_updates (action_id, from_status, to_status, note, author, author_side,
                          written_at)
                        VALUES (:action, :from, :to, :note, :author, :side, :at)
                        """)
                .param("action", actionId)
                .param(
                        "from",
                        update.fromStatus() == null ? null : update.fromStatus().name())
                .param("to", update.toStatus().name())
                .param("note", update.note())
                .param("author", update.author())
                .param("side", update.authorSide().name())
                .param("at", utc(update.at()))
                .update();
    }

    List<ActionUpdate> actionUpdates(long actionId) {
        return jdbc.sql("SELECT * FROM review_action_updates WHERE action_id = :id ORDER BY written_at, id")
                .param("id", actionId)
                .query((rs, n) -> {
                    String from = rs.getString("from_status");
                    return new ActionUpdate(
                            rs.getLong("id"),
                            from == null ? null : ActionStatus.valueOf(from),
                            ActionStatus.valueOf(rs.getString("to_status")),
                            rs.getString("note"),
                            rs.getString("author"),
                            Side.valueOf(rs.getString("author_side")),
                            requiredInstant(rs, "written_at"));
                })
                .list();
    }

    private static ActionRow action(ResultSet rs) throws SQLException {
        return new ActionRow(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                nullableLong(rs, "meeting_id"),
                rs.getString("title"),
                rs.getString("owner_name"),
                Side.valueOf(rs.getString("owner_side")),
                rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("created_by"),
                requiredInstant(rs, "created_at"),
                rs.getString("updated_by"),
                requiredInstant(rs, "updated_at"));
    }
}
