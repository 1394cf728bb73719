package com.steward.app.reviews;

import com.steward.app.security.VendorScope;
import com.steward.core.governance.PromiseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to cadences, meetings, attendees, actions and promises; every read takes the caller's vendor scope. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting row before its agenda JSON is read and its attendees attached. */
    record MeetingRow(
            long id,
            long vendorId,
            String vendorCode,
            String vendorName,
            Long cadenceId,
            ReviewKind kind,
            String title,
            Instant scheduledAt,
            int durationMinutes,
            String location,
            MeetingStatus status,
            Instant heldAt,
            String agendaJson,
            String minutes,
            String nextSteps,
            String cancelReason,
            int sequence,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    /** A cadence row: the first occurrence as an instant. */
    record CadenceRow(
            long id,
            long vendorId,
            String vendorName,
            ReviewKind kind,
            Instant firstAt,
            int durationMinutes,
            String location,
            boolean active,
            String createdBy,
            Instant createdAt) {}

    // --- cadences ---

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

    long insertCadence(
            long vendorId,
            ReviewKind kind,
            Instant firstAt,
            int minutes,
            String location,
            boolean active,
            String actor,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_cadences (vendor_id, kind, first_at, duration_minutes, location, active,
                          created_by, created_at)
                        VALUES (:vendor, :kind, :first, :minutes, :location, :active, :actor, :now)
                        """)
                .param("vendor", vendorId)
                .param("kind", kind.name())
                .param("first", utc(firstAt))
                .param("minutes", minutes)
                .param("location", location)
                .param("active", active)
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateCadence(long id, Instant firstAt, int minutes, String location, boolean active) {
        jdbc.sql("UPDATE review_cadences SET first_at = :first, duration_minutes = :minutes, location = :location,"
                        + " active = :active WHERE id = :id")
                .param("first", utc(firstAt))
                .param("minutes", minutes)
                .param("location", location)
                .param("active", active)
                .param("id", id)
                .update();
    }

    // --- meetings ---

    private static final String MEETING = "SELECT m.*, v.name AS vendor_name, v.code AS vendor_code"
            + " FROM review_meetings m JOIN vendors v ON v.id = m.vendor_id WHERE ";

    /** Meetings of a vendor with start in [from, to) (null bounds: open), oldest first. */
    List<MeetingRow> meetings(long vendorId, VendorScope scope, Instant from, Instant to) {
        return jdbc.sql(MEETING + "m.vendor_id = :vendor AND " + scope.sqlCondition("m.vendor_id")
                        + " AND m.scheduled_at >= :from AND m.scheduled_at < :to ORDER BY m.scheduled_at, m.id")
                .param("vendor", vendorId)
                .param("from", utc(from == null ? Instant.parse("1900-01-01T00:00:00Z") : from))
                .param("to", utc(to == null ? Instant.parse("9000-01-01T00:00:00Z") : to))
                .query((rs, n) -> meeting(rs))
                .list();
    }

    Optional<MeetingRow> meeting(long id, VendorScope scope) {
        return jdbc.sql(MEETING + "m.id = :id AND " + scope.sqlCondition("m.vendor_id"))
                .param("id", id)
                .query((rs, n) -> meeting(rs))
                .optional();
    }

    /**
     * The latest held meeting of the vendor that started before {@code before} and recorded next steps (a weekly call
     * without next steps in between does not hide the monthly review's).
     */
    Optional<MeetingRow> previousHeld(long vendorId, Instant before) {
        return jdbc
                .sql(MEETING + "m.vendor_id = :vendor AND m.status = 'HELD' AND m.scheduled_at < :before"
                        + " AND m.next_steps IS NOT NULL ORDER BY m.scheduled_at DESC, m.id DESC")
                .param("vendor", vendorId)
                .param("before", utc(before))
                .query((rs, n) -> meeting(rs))
                .stream()
                .findFirst();
    }

    /** The starts already planned for a cadence. */
    Set<Instant> plannedStarts(long cadenceId) {
        return new HashSet<>(jdbc.sql("SELECT scheduled_at FROM review_meetings WHERE cadence_id = :cadence")
                .param("cadence", cadenceId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list());
    }

    long insertMeeting(
            long vendorId,
            Long cadenceId,
            ReviewKind kind,
            String title,
            Instant at,
            int minutes,
            String location,
            MeetingStatus status,
            String actor,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_meetings (vendor_id, cadence_id, kind, title, scheduled_at, duration_minutes,
                          location, status, created_by, created_at, updated_at)
                        VALUES (:vendor, :cadence, :kind, :title, :at, :minutes, :location, :status, :actor, :now, :now)
                        """)
                .param("vendor", vendorId)
                .param("cadence", cadenceId)
                .param("kind", kind.name())
                .param("title", title)
                .param("at", utc(at))
                .param("minutes", minutes)
                .param("location", location)
                .param("status", status.name())
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateAgenda(long id, String json, Instant at) {
        jdbc.sql("UPDATE review_meetings SET agenda = :agenda, agenda_generated_at = :at, updated_at = :at"
                        + " WHERE id = :id")
                .param("agenda", json)
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void updateMinutes(long id, String minutes, String nextSteps, List<Attendee> attendees, Instant now) {
        jdbc.sql("UPDATE review_meetings SET minutes = :minutes, next_steps = :next, updated_at = :now WHERE id = :id")
                .param("minutes", minutes)
                .param("next", nextSteps)
                .param("now", utc(now))
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM review_attendees WHERE meeting_id = :id")
                .param("id", id)
                .update();
        int ordinal = 0;
        for (Attendee a : attendees) {
            jdbc.sql("INSERT INTO review_attendees (meeting_id, ordinal, name, side, job_title, present)"
                            + " VALUES (:meeting, :ordinal, :name, :side, :title, :present)")
                    .param("meeting", id)
                    .param("ordinal", ordinal++)
                    .param("name", a.name())
                    .param("side", a.side().name())
                    .param("title", a.jobTitle())
                    .param("present", a.present())
                    .update();
        }
    }

    void markHeld(long id, Instant heldAt, Instant now) {
        jdbc.sql("UPDATE review_meetings SET status = 'HELD', held_at = :held, cancel_reason = NULL,"
                        + " updated_at = :now WHERE id = :id")
                .param("held", utc(heldAt))
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void cancel(long id, String reason, Instant now) {
        jdbc.sql("UPDATE review_meetings SET status = 'CANCELLED', cancel_reason = :reason,"
                        + " sequence_number = sequence_number + 1, updated_at = :now WHERE id = :id")
                .param("reason", reason)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    List<Attendee> attendees(long meetingId) {
        return jdbc.sql("SELECT name, side, job_title, present FROM review_attendees WHERE meeting_id = :id"
                        + " ORDER BY ordinal, id")
                .param("id", meetingId)
                .query((rs, n) -> new Attendee(
                        rs.getString("name"),
                        Side.valueOf(rs.getString("side")),
                        rs.getString("job_title"),
                        rs.getBoolean("present")))
                .list();
    }

    // --- actions ---

    /** An action row without its history. */
    record ActionRow(
            long id,
            long vendorId,
            String vendorName,
            Long meetingId,
            String title,
            String ownerName,
            Side ownerSide,
            LocalDate dueDate,
            ActionStatus status,
            LocalDate doneOn,
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
                .param("side", in.ownerSide().name())
                .param("due", in.dueDate())
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateActionStatus(long id, ActionStatus status, LocalDate doneOn, String actor, Instant now) {
        jdbc.sql("UPDATE review_actions SET status = :status, done_on = :done, updated_by = :actor, updated_at = :now"
                        + " WHERE id = :id")
                .param("status", status.name())
                .param("done", doneOn)
                .param("actor", actor)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void insertActionUpdate(
            long actionId, ActionStatus from, ActionStatus to, String note, String author, Side side, Instant at) {
        jdbc.sql("""
                        INSERT INTO review_action_updates (action_id, from_status, to_status, note, author, author_side,
                          written_at)
                        VALUES (:action, :from, :to, :note, :author, :side, :at)
                        """)
                .param("action", actionId)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("note", note)
                .param("author", author)
                .param("side", side.name())
                .param("at", utc(at))
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
                            instant(rs, "written_at"));
                })
                .list();
    }

    // --- promises ---

    /** A promise row, before its outcome as of today is derived. */
    record PromiseRow(
            long id,
            long vendorId,
            String vendorName,
            Long meetingId,
            String what,
            String promisedBy,
            Side side,
            LocalDate madeOn,
            LocalDate dueDate,
            PromiseStatus status,
            LocalDate keptOn,
            String note,
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
                .param("side", in.side().name())
                .param("made", in.madeOn())
                .param("due", in.dueDate())
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateOutcome(long id, PromiseStatus status, LocalDate keptOn, String note, String actor, Instant now) {
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

    // --- mapping ---

    private static CadenceRow cadence(ResultSet rs) throws SQLException {
        return new CadenceRow(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                ReviewKind.valueOf(rs.getString("kind")),
                instant(rs, "first_at"),
                rs.getInt("duration_minutes"),
                rs.getString("location"),
                rs.getBoolean("active"),
                rs.getString("created_by"),
                instant(rs, "created_at"));
    }

    private static MeetingRow meeting(ResultSet rs) throws SQLException {
        long cadence = rs.getLong("cadence_id");
        Long cadenceId = rs.wasNull() ? null : cadence;
        return new MeetingRow(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_code"),
                rs.getString("vendor_name"),
                cadenceId,
                ReviewKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                instant(rs, "scheduled_at"),
                rs.getInt("duration_minutes"),
                rs.getString("location"),
                MeetingStatus.valueOf(rs.getString("status")),
                instant(rs, "held_at"),
                rs.getString("agenda"),
                rs.getString("minutes"),
                rs.getString("next_steps"),
                rs.getString("cancel_reason"),
                rs.getInt("sequence_number"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
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
                instant(rs, "created_at"),
                rs.getString("updated_by"),
                instant(rs, "updated_at"));
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
                instant(rs, "created_at"),
                rs.getString("updated_by"),
                instant(rs, "updated_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
