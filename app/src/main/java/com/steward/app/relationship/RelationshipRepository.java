package com.steward.app.relationship;

import com.steward.app.database.SqlValues;
import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL access to pulse surveys, their participation and answers, and the governance records the health index reads
 * (review meetings, promises, hidden-cost escalations). Every survey read takes the caller's scope. Answers are read
 * only as whole-survey aggregates' inputs: no query returns a respondent together with an answer.
 */
@Repository
class RelationshipRepository {

    private static final String SURVEY_COLUMNS = """
            s.id, s.vendor_id, v.code AS vendor_code, v.name AS vendor_name, s.direction, s.quarter, s.opens_on,
            s.closes_on, s.closed_early, s.min_group_size, s.created_by, s.created_at,
            (SELECT COUNT(*) FROM pulse_answers a WHERE a.survey_id = s.id) AS responses
            """;

    private final JdbcClient jdbc;

    RelationshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PulseSurvey> surveys(VendorScope scope, Optional<Long> vendorId) {
        return jdbc.sql("SELECT " + SURVEY_COLUMNS + " FROM pulse_surveys s JOIN vendors v ON v.id = s.vendor_id"
                        + " WHERE " + scope.sqlCondition("s.vendor_id")
                        + " AND (CAST(:vendor AS BIGINT) IS NULL OR s.vendor_id = :vendor)"
                        + " ORDER BY s.quarter DESC, v.name, s.direction")
                .param("vendor", vendorId.orElse(null))
                .query((rs, n) -> survey(rs))
                .list();
    }

    Optional<PulseSurvey> survey(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + SURVEY_COLUMNS + " FROM pulse_surveys s JOIN vendors v ON v.id = s.vendor_id"
                        + " WHERE s.id = :id AND " + scope.sqlCondition("s.vendor_id"))
                .param("id", id)
                .query((rs, n) -> survey(rs))
                .optional();
    }

    boolean surveyExists(long vendorId, SurveyDirection direction, String quarter) {
        return jdbc.sql("SELECT COUNT(*) FROM pulse_surveys WHERE vendor_id = :v AND direction = :d AND quarter = :q")
                        .param("v", vendorId)
                        .param("d", direction.name())
                        .param("q", quarter)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertSurvey(
            long vendorId,
            SurveyDirection direction,
            String quarter,
            LocalDate opensOn,
            LocalDate closesOn,
            int minGroupSize,
            String actor,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO pulse_surveys (vendor_id, direction, quarter, opens_on, closes_on, closed_early,
                          min_group_size, created_by, created_at)
                        VALUES (:vendor, :direction, :quarter, :opens, :closes, FALSE, :min, :actor, :now)
                        """)
                .param("vendor", vendorId)
                .param("direction", direction.name())
                .param("quarter", quarter)
                .param("opens", opensOn)
                .param("closes", closesOn)
                .param("min", minGroupSize)
                .param("actor", actor)
                .param("now", SqlValues.utc(now))
                .update(keys, "id");
        Number key = keys.getKeyAs(Number.class);
        if (key == null) {
            throw new IllegalStateException("The database returned no id for the new survey");
        }
        return key.longValue();
    }

    void closeEarly(long surveyId) {
        jdbc.sql("UPDATE pulse_surveys SET closed_early = TRUE WHERE id = :id")
                .param("id", surveyId)
                .update();
    }

    boolean hasParticipated(long surveyId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM pulse_participation WHERE survey_id = :s AND user_id = :u")
                        .param("s", surveyId)
                        .param("u", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records that the user answered and stores the answer apart from it, with a random id and no time. */
    void insertAnswer(long surveyId, long userId, Map<SurveyDimension, Integer> scores, @Nullable String comment) {
        jdbc.sql("INSERT INTO pulse_participation (survey_id, user_id) VALUES (:s, :u)")
                .param("s", surveyId)
                .param("u", userId)
                .update();
        insertAnonymousAnswer(surveyId, scores, comment);
    }

    void insertAnonymousAnswer(long surveyId, Map<SurveyDimension, Integer> scores, @Nullable String comment) {
        StringBuilder columns = new StringBuilder("id, survey_id, comment_text");
        StringBuilder values = new StringBuilder(":id, :s, :comment");
        for (SurveyDimension d : SurveyDimension.values()) {
            columns.append(", ").append(d.id());
            values.append(", :").append(d.id());
        }
        var statement = jdbc.sql("INSERT INTO pulse_answers (" + columns + ") VALUES (" + values + ")")
                .param("id", UUID.randomUUID().toString())
                .param("s", surveyId)
                .param("comment", comment);
        for (SurveyDimension d : SurveyDimension.values()) {
            statement = statement.param(d.id(), scores.get(d));
        }
        statement.update();
    }

    /** The answers of one survey as score rows (dimension order) and their comments; never per respondent. */
    AnswerSet answers(long surveyId) {
        StringBuilder columns = new StringBuilder("comment_text");
        for (SurveyDimension d : SurveyDimension.values()) {
            columns.append(", ").append(d.id());
        }
        List<int[]> rows = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        jdbc.sql("SELECT " + columns + " FROM pulse_answers WHERE survey_id = :s")
                .param("s", surveyId)
                .query(rs -> {
                    int[] row = new int[SurveyDimension.values().length];
                    for (SurveyDimension d : SurveyDimension.values()) {
                        row[d.ordinal()] = rs.getInt(d.id());
                    }
                    rows.add(row);
                    String comment = rs.getString("comment_text");
                    if (comment != null && !comment.isBlank()) {
                        comments.add(comment);
                    }
                });
        return new AnswerSet(rows, comments);
    }

    /** Score rows (one int per dimension, in {@link SurveyDimension} order) and the non-blank comments. */
    record AnswerSet(List<int[]> rows, List<String> comments) {}

    // --- what the health index reads from the reviews and hidden-cost features ---

    /** One review meeting: when it was scheduled and its status (PLANNED, HELD, CANCELLED). */
    record Meeting(Instant scheduledAt, String status) {}

    /** One promise: due date, status (OPEN, KEPT, BROKEN) and the day it was kept. */
    record Promise(LocalDate dueDate, String status, LocalDate keptOn) {}

    /** One hidden-cost ledger entry: its month and category. */
    record LedgerEntry(LocalDate month, String category) {}

    List<Meeting> meetings(long vendorId) {
        return jdbc.sql("SELECT scheduled_at, status FROM review_meetings WHERE vendor_id = :v")
                .param("v", vendorId)
                .query((rs, n) -> new Meeting(SqlValues.instant(rs, "scheduled_at"), rs.getString("status")))
                .list();
    }

    List<Promise> promises(long vendorId) {
        return jdbc.sql("SELECT due_date, status, kept_on FROM review_promises WHERE vendor_id = :v")
                .param("v", vendorId)
                .query((rs, n) -> new Promise(
                        SqlValues.date(rs, "due_date"), rs.getString("status"), SqlValues.date(rs, "kept_on")))
                .list();
    }

    List<LedgerEntry> ledger(long vendorId) {
        return jdbc.sql("SELECT period_month, category FROM hidden_cost_entries WHERE vendor_id = :v")
                .param("v", vendorId)
                .query((rs, n) -> new LedgerEntry(SqlValues.date(rs, "period_month"), rs.getString("category")))
                .list();
    }

    private static PulseSurvey survey(ResultSet rs) throws SQLException {
        return new PulseSurvey(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_code"),
                rs.getString("vendor_name"),
                SurveyDirection.valueOf(rs.getString("direction")),
                rs.getString("quarter"),
                SqlValues.date(rs, "opens_on"),
                SqlValues.date(rs, "closes_on"),
                rs.getBoolean("closed_early"),
                rs.getInt("min_group_size"),
                rs.getInt("responses"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
