package com.steward.app.duediligence;

import static com.steward.app.database.SqlValues.date;
import static com.steward.app.database.SqlValues.decimal;
import static com.steward.app.database.SqlValues.instant;
import static com.steward.app.database.SqlValues.integer;
import static com.steward.app.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL access to due-diligence records. Every vendor-owned read is keyed by a vendor id that the
 * facade has already resolved in the caller's scope.
 */
@Repository
class DueDiligenceRepository {

    private final JdbcClient jdbc;

    DueDiligenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    // --- our profile

    OurProfile ourProfile() {
        return jdbc.sql("SELECT * FROM our_profile WHERE id = 1")
                .query((rs, row) -> new OurProfile(
                        rs.getString("industry"),
                        rs.getInt("contacts_per_month"),
                        rs.getInt("seats"),
                        rs.getDouble("scale_tolerance"),
                        instant(rs, "updated_at")))
                .single();
    }

    void saveOurProfile(UpdateOurProfileCommand c, Instant now) {
        jdbc.sql("""
                        UPDATE our_profile SET industry = :industry, contacts_per_month = :contacts, seats = :seats,
                          scale_tolerance = :tolerance, updated_at = :now WHERE id = 1
                        """)
                .param("industry", c.industry().strip())
                .param("contacts", c.contactsPerMonth())
                .param("seats", c.seats())
                .param("tolerance", c.scaleTolerance())
                .param("now", utc(now))
                .update();
    }

    // --- clients

    List<VendorClient> clients(long vendorId, OurProfile ours) {
        return jdbc.sql("SELECT * FROM vendor_clients WHERE vendor_id = :vendor ORDER BY client_name, id")
                .param("vendor", vendorId)
                .query((rs, row) -> client(rs, ours))
                .list();
    }

    Optional<VendorClient> client(long vendorId, long clientId, OurProfile ours) {
        return jdbc.sql("SELECT * FROM vendor_clients WHERE vendor_id = :vendor AND id = :id")
                .param("vendor", vendorId)
                .param("id", clientId)
                .query((rs, row) -> client(rs, ours))
                .optional();
    }

    private static VendorClient client(ResultSet rs, OurProfile ours) throws SQLException {
        Integer seats = integer(rs, "seats");
        Integer contacts = integer(rs, "contacts_per_month");
        String industry = rs.getString("industry");
        return new VendorClient(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("client_name"),
                industry,
                seats,
                contacts,
                date(rs, "nda_signed_on"),
                rs.getString("notes"),
                instant(rs, "created_at"),
                ours.sameIndustry(industry),
                ours.similarScale(contacts, seats));
    }

    long insertClient(long vendorId, AddVendorClientCommand c, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO vendor_clients (vendor_id, client_name, industry, seats, contacts_per_month, nda_signed_on, notes, created_at)
                        VALUES (:vendor, :name, :industry, :seats, :contacts, :nda, :notes, :now)
                        """)
                .param("vendor", vendorId)
                .param("name", c.clientName().strip())
                .param("industry", c.industry().strip())
                .param("seats", c.seats())
                .param("contacts", c.contactsPerMonth())
                .param("nda", c.ndaSignedOn())
                .param("notes", text(c.notes()))
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void deleteClient(long vendorId, long clientId) {
        jdbc.sql("DELETE FROM vendor_clients WHERE vendor_id = :vendor AND id = :id")
                .param("vendor", vendorId)
                .param("id", clientId)
                .update();
    }

    // --- reference questions

    List<ReferenceQuestion> questions(boolean activeOnly) {
        return jdbc.sql("SELECT * FROM reference_questions" + (activeOnly ? " WHERE active = TRUE" : "")
                        + " ORDER BY position, id")
                .query((rs, row) -> new ReferenceQuestion(
                        rs.getLong("id"), rs.getInt("position"), rs.getString("text"), rs.getBoolean("active")))
                .list();
    }

    Optional<ReferenceQuestion> question(long id) {
        return questions(false).stream().filter(q -> q.id() == id).findFirst();
    }

    long insertQuestion(SaveReferenceQuestionCommand c) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO reference_questions (position, text, active) VALUES (:position, :text, :active)")
                .param("position", c.position())
                .param("text", c.text().strip())
                .param("active", c.active())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateQuestion(long id, SaveReferenceQuestionCommand c) {
        jdbc.sql("UPDATE reference_questions SET position = :position, text = :text, active = :active WHERE id = :id")
                .param("id", id)
                .param("position", c.position())
                .param("text", c.text().strip())
                .param("active", c.active())
                .update();
    }

    // --- reference calls

    List<ReferenceCall> referenceCalls(long vendorId) {
        Map<Long, List<ReferenceCall.Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.call_id, a.question_id, a.question_text, a.answer FROM reference_answers a
                        JOIN reference_calls c ON c.id = a.call_id
                        LEFT JOIN reference_questions q ON q.id = a.question_id
                        WHERE c.vendor_id = :vendor ORDER BY a.call_id, q.position, a.question_id
                        """).param("vendor", vendorId).query(rs -> {
            answers.computeIfAbsent(rs.getLong("call_id"), k -> new ArrayList<>())
                    .add(new ReferenceCall.Answer(
                            rs.getLong("question_id"), rs.getString("question_text"), rs.getString("answer")));
        });
        return jdbc.sql("SELECT * FROM reference_calls WHERE vendor_id = :vendor ORDER BY called_on DESC, id DESC")
                .param("vendor", vendorId)
                .query((rs, row) -> new ReferenceCall(
                        rs.getLong("id"),
                        rs.getLong("vendor_id"),
                        rs.getString("reference"),
                        date(rs, "called_on"),
                        rs.getString("called_by"),
                        rs.getInt("score"),
                        rs.getString("summary"),
                        answers.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("recorded_by"),
                        instant(rs, "created_at")))
                .list();
    }

    long insertReferenceCall(
            long vendorId, RecordReferenceCallCommand c, Map<Long, String> questionTexts, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO reference_calls (vendor_id, reference, called_on, called_by, score, summary, recorded_by, created_at)
                        VALUES (:vendor, :reference, :on, :calledBy, :score, :summary, :by, :now)
                        """)
                .param("vendor", vendorId)
                .param("reference", c.reference().strip())
                .param("on", c.calledOn())
                .param("calledBy", c.calledBy().strip())
                .param("score", c.score())
                .param("summary", text(c.summary()))
                .param("by", by)
                .param("now", utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Map.Entry<Long, String> answer : c.answers().entrySet()) {
            if (answer.getValue() == null || answer.getValue().isBlank()) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO reference_answers (call_id, question_id, question_text, answer)
                            VALUES (:call, :question, :text, :answer)
                            """)
                    .param("call", id)
                    .param("question", answer.getKey())
                    .param("text", questionTexts.get(answer.getKey()))
                    .param("answer", answer.getValue().strip())
                    .update();
        }
        return id;
    }

    // --- interviews

    List<AgentInterview> interviews(long vendorId) {
        return jdbc.sql(
                        "SELECT * FROM agent_interviews WHERE vendor_id = :vendor ORDER BY interviewed_on DESC, id DESC")
                .param("vendor", vendorId)
                .query((rs, row) -> new AgentInterview(
                        rs.getLong("id"),
                        rs.getLong("vendor_id"),
                        date(rs, "interviewed_on"),
                        InterviewChannel.valueOf(rs.getString("channel")),
                        rs.getString("interviewer"),
                        rs.getString("agent"),
                        rs.getInt("courtesy"),
                        rs.getInt("product_understanding"),
                        rs.getInt("language"),
                        rs.getInt("problem_solving"),
                        rs.getInt("empathy"),
                        rs.getString("notes"),
                        rs.getString("recorded_by"),
                        instant(rs, "created_at")))
                .list();
    }

    long insertInterview(long vendorId, RecordInterviewCommand c, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO agent_interviews (vendor_id, interviewed_on, channel, interviewer, agent, courtesy,
                          product_understanding, language, problem_solving, empathy, notes, recorded_by, created_at)
                        VALUES (:vendor, :on, :channel, :interviewer, :agent, :courtesy, :product, :language, :solving,
                          :empathy, :notes, :by, :now)
                        """)
                .param("vendor", vendorId)
                .param("on", c.interviewedOn())
                .param("channel", c.channel().name())
                .param("interviewer", c.interviewer().strip())
                .param("agent", text(c.agent()))
                .param("courtesy", c.courtesy())
                .param("product", c.productUnderstanding())
                .param("language", c.language())
                .param("solving", c.problemSolving())
                .param("empathy", c.empathy())
                .param("notes", text(c.notes()))
                .param("by", by)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    // --- workforce

    Optional<WorkforceFacts> workforce(long vendorId) {
        return jdbc.sql("SELECT * FROM workforce_facts WHERE vendor_id = :vendor")
                .param("vendor", vendorId)
                .query((rs, row) -> new WorkforceFacts(
                        rs.getLong("vendor_id"),
                        decimal(rs, "pay_vs_market_percent"),
                        decimal(rs, "annual_attrition_percent"),
                        decimal(rs, "average_tenure_months"),
                        rs.getBoolean("dedicated_team_offered"),
                        rs.getString("source"),
                        instant(rs, "updated_at")))
                .optional();
    }

    void saveWorkforce(long vendorId, UpdateWorkforceFactsCommand c, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("vendor", vendorId);
        p.put("pay", c.payVsMarketPercent());
        p.put("attrition", c.annualAttritionPercent());
        p.put("tenure", c.averageTenureMonths());
        p.put("dedicated", c.dedicatedTeamOffered());
        p.put("source", text(c.source()));
        p.put("now", utc(now));
        int updated = jdbc.sql("""
                        UPDATE workforce_facts SET pay_vs_market_percent = :pay, annual_attrition_percent = :attrition,
                          average_tenure_months = :tenure, dedicated_team_offered = :dedicated, source = :source,
                          updated_at = :now WHERE vendor_id = :vendor
                        """).params(p).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO workforce_facts (vendor_id, pay_vs_market_percent, annual_attrition_percent,
                              average_tenure_months, dedicated_team_offered, source, updated_at)
                            VALUES (:vendor, :pay, :attrition, :tenure, :dedicated, :source, :now)
                            """).params(p).update();
        }
    }
}
