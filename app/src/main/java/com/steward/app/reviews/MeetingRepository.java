package com.steward.app.reviews;

import static com.steward.app.reviews.ReviewSql.instant;
import static com.steward.app.reviews.ReviewSql.nullableLong;
import static com.steward.app.reviews.ReviewSql.requiredInstant;
import static com.steward.app.reviews.ReviewSql.utc;

import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to review meetings and their attendees; every read of a caller's data takes its vendor scope. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting row before its agenda JSON is read and its attendees attached. */
    record MeetingRow(
            long id,
            long vendorId,
            String vendorCode,
            String vendorName,
            @Nullable Long cadenceId,
            ReviewKind kind,
            String title,
            Instant scheduledAt,
            int durationMinutes,
            @Nullable String location,
            MeetingStatus status,
            @Nullable Instant heldAt,
            @Nullable String agendaJson,
            @Nullable String minutes,
            @Nullable String nextSteps,
            @Nullable String cancelReason,
            int sequence,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    /** A meeting to plan: one occurrence of a cadence ({@code cadenceId}) or a one-off (null). */
    record NewMeeting(
            long vendorId,
            @Nullable Long cadenceId,
            ReviewKind kind,
            String title,
            Instant at,
            int durationMinutes,
            @Nullable String location) {}

    private static final String MEETING = "SELECT m.*, v.name AS vendor_name, v.code AS vendor_code"
            + " FROM review_meetings m JOIN vendors v ON v.id = m.vendor_id WHERE ";

    /** Meetings of a vendor with start in [from, to) (null bounds: open), oldest first. */
    List<MeetingRow> meetings(long vendorId, VendorScope scope, @Nullable Instant from, @Nullable Instant to) {
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

    long insertMeeting(NewMeeting m, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO review_meetings (vendor_id, cadence_id, kind, title, scheduled_at, duration_minutes,
                          location, status, created_by, created_at, updated_at)
                        VALUES (:vendor, :cadence, :kind, :title, :at, :minutes, :location, 'PLANNED', :actor, :now,
                          :now)
                        """)
                .param("vendor", m.vendorId())
                .param("cadence", m.cadenceId())
                .param("kind", m.kind().name())
                .param("title", m.title())
                .param("at", utc(m.at()))
                .param("minutes", m.durationMinutes())
                .param("location", m.location())
                .param("actor", actor)
                .param("now", utc(now))
                .update(keys, "id");
        return ReviewSql.key(keys);
    }

    void updateAgenda(long id, String json, Instant at) {
        jdbc.sql("UPDATE review_meetings SET agenda = :agenda, agenda_generated_at = :at, updated_at = :at"
                        + " WHERE id = :id")
                .param("agenda", json)
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void updateMinutes(
            long id, @Nullable String minutes, @Nullable String nextSteps, List<Attendee> attendees, Instant now) {
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
                    .param("side", Objects.requireNonNull(a.side()).name())
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

    void cancel(long id, @Nullable String reason, Instant now) {
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

    private static MeetingRow meeting(ResultSet rs) throws SQLException {
        return new MeetingRow(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_code"),
                rs.getString("vendor_name"),
                nullableLong(rs, "cadence_id"),
                ReviewKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                requiredInstant(rs, "scheduled_at"),
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
                requiredInstant(rs, "created_at"),
                requiredInstant(rs, "updated_at"));
    }
}
