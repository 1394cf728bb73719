package com.steward.app.renewal;

import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** SQL access to remediation plans, milestones, comparisons and decisions; every read takes the caller's scope. */
@Repository
class RenewalRepository {

    private static final String PLAN_COLUMNS = """
            p.id, p.contract_id, c.name AS contract_name, p.vendor_id, v.name AS vendor_name, p.reason, p.opened_on,
            p.owner_name, p.status, p.status_note, p.closed_on, p.created_by, p.created_at, p.updated_at
            """;

    private static final String PLAN_FROM =
            " FROM renewal_remediation_plans p JOIN contracts c ON c.id = p.contract_id JOIN vendors v ON v.id = p.vendor_id";

    private static final String DECISION_COLUMNS = """
            d.id, d.contract_id, c.name AS contract_name, d.vendor_id, v.name AS vendor_name, d.chosen_option,
            d.rationale, d.internal_message, d.vendor_message, d.comparison_id, d.evidence, d.supersedes_id,
            d.superseded_by_id, d.decided_by, d.decided_at
            """;

    private static final String DECISION_FROM =
            " FROM renewal_decisions d JOIN contracts c ON c.id = d.contract_id JOIN vendors v ON v.id = d.vendor_id";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RenewalRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- plans

    List<RemediationPlan> plansOfContract(long contractId, VendorScope scope) {
        return jdbc
                .sql("SELECT " + PLAN_COLUMNS + PLAN_FROM + " WHERE p.contract_id = :contract AND "
                        + scope.sqlCondition("p.vendor_id") + " ORDER BY p.opened_on DESC, p.id DESC")
                .param("contract", contractId)
                .query((rs, n) -> plan(rs))
                .list()
                .stream()
                .map(this::withMilestones)
                .toList();
    }

    List<RemediationPlan> plansOfVendor(long vendorId, VendorScope scope) {
        return jdbc
                .sql("SELECT " + PLAN_COLUMNS + PLAN_FROM + " WHERE p.vendor_id = :vendor AND "
                        + scope.sqlCondition("p.vendor_id") + " ORDER BY p.opened_on DESC, p.id DESC")
                .param("vendor", vendorId)
                .query((rs, n) -> plan(rs))
                .list()
                .stream()
                .map(this::withMilestones)
                .toList();
    }

    Optional<RemediationPlan> plan(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + PLAN_FROM + " WHERE p.id = :id AND "
                        + scope.sqlCondition("p.vendor_id"))
                .param("id", id)
                .query((rs, n) -> plan(rs))
                .optional()
                .map(this::withMilestones);
    }

    /** The plan id of a milestone the caller may see. */
    Optional<Long> planOfMilestone(long milestoneId, VendorScope scope) {
        return jdbc.sql(
                        "SELECT m.plan_id FROM renewal_milestones m JOIN renewal_remediation_plans p ON p.id = m.plan_id"
                                + " WHERE m.id = :id AND " + scope.sqlCondition("p.vendor_id"))
                .param("id", milestoneId)
                .query(Long.class)
                .optional();
    }

    long insertPlan(long contractId, long vendorId, PlanInput in, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO renewal_remediation_plans (contract_id, vendor_id, reason, opened_on, owner_name,
                          status, created_by, created_at, updated_at)
                        VALUES (:contract, :vendor, :reason, :opened, :owner, 'OPEN', :actor, :now, :now)
                        """)
                .param("contract", contractId)
                .param("vendor", vendorId)
                .param("reason", in.reason())
                .param("opened", in.openedOn())
                .param("owner", in.owner())
                .param("actor", actor)
                .param("now", at(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (MilestoneInput m : in.milestones()) {
            insertMilestone(id, m, actor, now);
        }
        return id;
    }

    void insertMilestone(long planId, MilestoneInput m, String actor, Instant now) {
        int ordinal = jdbc.sql("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM renewal_milestones WHERE plan_id = :plan")
                .param("plan", planId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO renewal_milestones (plan_id, ordinal, what, side, owner_name, due_on, status,
                          updated_by, updated_at)
                        VALUES (:plan, :ordinal, :what, :side, :owner, :due, 'OPEN', :actor, :now)
                        """)
                .param("plan", planId)
                .param("ordinal", ordinal)
                .param("what", m.what())
                .param("side", m.side().name())
                .param("owner", m.owner())
                .param("due", m.due())
                .param("actor", actor)
                .param("now", at(now))
                .update();
        touch(planId, now);
    }

    void updateMilestone(
            long id, MilestoneStatus status, LocalDate doneOn, String evidence, String actor, Instant now) {
        jdbc.sql("""
                        UPDATE renewal_milestones SET status = :status, done_on = :done, evidence = :evidence,
                          updated_by = :actor, updated_at = :now WHERE id = :id
                        """)
                .param("status", status.name())
                .param("done", doneOn)
                .param("evidence", evidence)
                .param("actor", actor)
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    void updatePlanStatus(long id, PlanStatus status, String note, LocalDate closedOn, Instant now) {
        jdbc.sql("""
                        UPDATE renewal_remediation_plans SET status = :status, status_note = :note, closed_on = :closed,
                          updated_at = :now WHERE id = :id
                        """)
                .param("status", status.name())
                .param("note", note)
                .param("closed", closedOn)
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    void touch(long planId, Instant now) {
        jdbc.sql("UPDATE renewal_remediation_plans SET updated_at = :now WHERE id = :id")
                .param("now", at(now))
                .param("id", planId)
                .update();
    }

    private RemediationPlan withMilestones(RemediationPlan p) {
        List<Milestone> milestones = jdbc.sql("""
                        SELECT id, plan_id, what, side, owner_name, due_on, status, done_on, evidence, updated_by,
                          updated_at FROM renewal_milestones WHERE plan_id = :plan ORDER BY ordinal, id
                        """)
                .param("plan", p.id())
                .query((rs, n) -> new Milestone(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getString("what"),
                        Side.valueOf(rs.getString("side")),
                        rs.getString("owner_name"),
                        rs.getObject("due_on", LocalDate.class),
                        MilestoneStatus.valueOf(rs.getString("status")),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getString("evidence"),
                        rs.getString("updated_by"),
                        instant(rs, "updated_at")))
                .list();
        return new RemediationPlan(
                p.id(),
                p.contractId(),
                p.contractName(),
                p.vendorId(),
                p.vendorName(),
                p.reason(),
                p.openedOn(),
                p.owner(),
                p.status(),
                p.statusNote(),
                p.closedOn(),
                milestones,
                p.createdBy(),
                p.createdAt(),
                p.updatedAt());
    }

    private static RemediationPlan plan(ResultSet rs) throws SQLException {
        return new RemediationPlan(
                rs.getLong("id"),
                rs.getLong("contract_id"),
                rs.getString("contract_name"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                rs.getString("reason"),
                rs.getObject("opened_on", LocalDate.class),
                rs.getString("owner_name"),
                PlanStatus.valueOf(rs.getString("status")),
                rs.getString("status_note"),
                rs.getObject("closed_on", LocalDate.class),
                List.of(),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    // --- comparisons

    long insertComparison(long contractId, long vendorId, OptionsInput inputs, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO renewal_comparisons (contract_id, vendor_id, name, inputs, created_by, created_at)
                        VALUES (:contract, :vendor, :name, :inputs, :actor, :now)
                        """)
                .param("contract", contractId)
                .param("vendor", vendorId)
                .param("name", inputs.name())
                .param("inputs", json.writeValueAsString(inputs))
                .param("actor", actor)
                .param("now", at(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<StoredComparison> comparisons(long contractId) {
        return jdbc.sql(
                        "SELECT id, contract_id, vendor_id, name, inputs, created_by, created_at FROM renewal_comparisons"
                                + " WHERE contract_id = :contract ORDER BY created_at DESC, id DESC")
                .param("contract", contractId)
                .query((rs, n) -> comparison(rs))
                .list();
    }

    Optional<StoredComparison> comparison(long id) {
        return jdbc.sql(
                        "SELECT id, contract_id, vendor_id, name, inputs, created_by, created_at FROM renewal_comparisons"
                                + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> comparison(rs))
                .optional();
    }

    private StoredComparison comparison(ResultSet rs) throws SQLException {
        return new StoredComparison(
                rs.getLong("id"),
                rs.getLong("contract_id"),
                rs.getLong("vendor_id"),
                rs.getString("name"),
                json.readValue(rs.getString("inputs"), OptionsInput.class),
                rs.getString("created_by"),
                instant(rs, "created_at"));
    }

    // --- decisions

    long insertDecision(
            long contractId,
            long vendorId,
            DecisionInput in,
            DecisionEvidence evidence,
            Long supersedes,
            String actor,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO renewal_decisions (contract_id, vendor_id, chosen_option, rationale, internal_message,
                          vendor_message, comparison_id, evidence, supersedes_id, decided_by, decided_at)
                        VALUES (:contract, :vendor, :option, :rationale, :internal, :vendorMessage, :comparison,
                          :evidence, :supersedes, :actor, :now)
                        """)
                .param("contract", contractId)
                .param("vendor", vendorId)
                .param("option", in.option().name())
                .param("rationale", in.rationale())
                .param("internal", in.internalMessage())
                .param("vendorMessage", in.vendorMessage())
                .param("comparison", in.comparisonId())
                .param("evidence", json.writeValueAsString(evidence))
                .param("supersedes", supersedes)
                .param("actor", actor)
                .param("now", at(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Points a decision at the one that corrects it; only once (returns false if it was already superseded). */
    boolean markSuperseded(long id, long by) {
        return jdbc.sql(
                                "UPDATE renewal_decisions SET superseded_by_id = :by WHERE id = :id AND superseded_by_id IS NULL")
                        .param("by", by)
                        .param("id", id)
                        .update()
                == 1;
    }

    List<ExitDecision> decisions(long contractId) {
        return jdbc.sql("SELECT " + DECISION_COLUMNS + DECISION_FROM
                        + " WHERE d.contract_id = :contract ORDER BY d.decided_at DESC, d.id DESC")
                .param("contract", contractId)
                .query((rs, n) -> decision(rs))
                .list();
    }

    Optional<ExitDecision> decision(long id) {
        return jdbc.sql("SELECT " + DECISION_COLUMNS + DECISION_FROM + " WHERE d.id = :id")
                .param("id", id)
                .query((rs, n) -> decision(rs))
                .optional();
    }

    /** The latest decision in force of every contract, by contract id. */
    List<ExitDecision> decisionsInForce() {
        return jdbc.sql("SELECT " + DECISION_COLUMNS + DECISION_FROM
                        + " WHERE d.superseded_by_id IS NULL ORDER BY d.decided_at DESC, d.id DESC")
                .query((rs, n) -> decision(rs))
                .list();
    }

    private ExitDecision decision(ResultSet rs) throws SQLException {
        return new ExitDecision(
                rs.getLong("id"),
                rs.getLong("contract_id"),
                rs.getString("contract_name"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                DecisionOption.valueOf(rs.getString("chosen_option")),
                rs.getString("rationale"),
                rs.getString("internal_message"),
                rs.getString("vendor_message"),
                (Long) rs.getObject("comparison_id", Long.class),
                json.readValue(rs.getString("evidence"), DecisionEvidence.class),
                (Long) rs.getObject("supersedes_id", Long.class),
                (Long) rs.getObject("superseded_by_id", Long.class),
                rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        if (t != null) {
            return t.toInstant();
        }
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
