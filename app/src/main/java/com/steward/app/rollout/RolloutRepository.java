package com.steward.app.rollout;

import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to plans, phases, gates and decisions; every plan read takes the caller's scope. */
@Repository
class RolloutRepository {

    private static final String PLAN_COLUMNS = """
            p.id, p.vendor_id, v.name AS vendor_name, v.code AS vendor_code, p.contract_id, p.name, p.created_by,
            p.created_at
            """;

    private final JdbcClient jdbc;

    RolloutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TransitionPlan> findAll(VendorScope scope) {
        return jdbc
                .sql("SELECT " + PLAN_COLUMNS + " FROM transition_plans p JOIN vendors v ON v.id = p.vendor_id WHERE "
                        + scope.sqlCondition("p.vendor_id") + " ORDER BY p.created_at DESC, p.id DESC")
                .query((rs, n) -> plan(rs))
                .list()
                .stream()
                .map(p -> withPhases(p))
                .toList();
    }

    Optional<TransitionPlan> findById(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS
                        + " FROM transition_plans p JOIN vendors v ON v.id = p.vendor_id WHERE p.id = :id AND "
                        + scope.sqlCondition("p.vendor_id"))
                .param("id", id)
                .query((rs, n) -> plan(rs))
                .optional()
                .map(this::withPhases);
    }

    /** The plan id of a phase the caller may see. */
    Optional<Long> planOfPhase(long phaseId, VendorScope scope) {
        return jdbc.sql("SELECT f.plan_id FROM transition_phases f JOIN transition_plans p ON p.id = f.plan_id"
                        + " WHERE f.id = :id AND " + scope.sqlCondition("p.vendor_id"))
                .param("id", phaseId)
                .query(Long.class)
                .optional();
    }

    long insertPlan(PlanInput in, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO transition_plans (vendor_id, contract_id, name, created_by, created_at)
                        VALUES (:vendor, :contract, :name, :actor, :now)
                        """)
                .param("vendor", in.vendorId())
                .param("contract", in.contractId())
                .param("name", in.name())
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        long planId = keys.getKeyAs(Number.class).longValue();
        int ordinal = 0;
        for (PlanInput.PhaseInput phase : in.phases()) {
            GeneratedKeyHolder phaseKeys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO transition_phases (plan_id, ordinal, name, queues, regions, traffic_share,
                              start_date, end_date)
                            VALUES (:plan, :ordinal, :name, :queues, :regions, :share, :start, :end)
                            """)
                    .param("plan", planId)
                    .param("ordinal", ordinal++)
                    .param("name", phase.name())
                    .param("queues", String.join(",", phase.queues()))
                    .param("regions", String.join(",", phase.regions()))
                    .param("share", phase.trafficShare())
                    .param("start", phase.start())
                    .param("end", phase.end())
                    .update(phaseKeys, "id");
            long phaseId = phaseKeys.getKeyAs(Number.class).longValue();
            int gateOrdinal = 0;
            for (PlanInput.GateInput gate : phase.gates()) {
                jdbc.sql("""
                                INSERT INTO transition_gates (phase_id, ordinal, metric_id, basis, comparison, threshold)
                                VALUES (:phase, :ordinal, :metric, :basis, :comparison, :threshold)
                                """)
                        .param("phase", phaseId)
                        .param("ordinal", gateOrdinal++)
                        .param("metric", gate.metric())
                        .param("basis", gate.basis().name())
                        .param("comparison", gate.comparison().name())
                        .param("threshold", gate.threshold())
                        .update();
            }
        }
        return planId;
    }

    long insertDecision(long phaseId, DecisionInput in, String evidence, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO transition_decisions (phase_id, decision, rationale, evidence, decided_by, decided_at)
                        VALUES (:phase, :decision, :rationale, :evidence, :actor, :now)
                        """)
                .param("phase", phaseId)
                .param("decision", in.decision().name())
                .param("rationale", in.rationale())
                .param("evidence", evidence)
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<DecisionRecord> decisions(long phaseId) {
        return jdbc.sql("SELECT id, phase_id, decision, rationale, evidence, decided_by, decided_at"
                        + " FROM transition_decisions WHERE phase_id = :phase ORDER BY decided_at DESC, id DESC")
                .param("phase", phaseId)
                .query((rs, n) -> new DecisionRecord(
                        rs.getLong("id"),
                        rs.getLong("phase_id"),
                        Decision.valueOf(rs.getString("decision")),
                        rs.getString("rationale"),
                        rs.getString("evidence"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private TransitionPlan withPhases(TransitionPlan plan) {
        List<Phase> phases = jdbc
                .sql("SELECT id, plan_id, name, queues, regions, traffic_share, start_date, end_date"
                        + " FROM transition_phases WHERE plan_id = :plan ORDER BY ordinal, id")
                .param("plan", plan.id())
                .query((rs, n) -> new Phase(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getString("name"),
                        list(rs.getString("queues")),
                        list(rs.getString("regions")),
                        rs.getDouble("traffic_share"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        List.of()))
                .list()
                .stream()
                .map(f -> new Phase(
                        f.id(),
                        f.planId(),
                        f.name(),
                        f.queues(),
                        f.regions(),
                        f.trafficShare(),
                        f.start(),
                        f.end(),
                        gates(f.id())))
                .toList();
        return new TransitionPlan(
                plan.id(),
                plan.vendorId(),
                plan.vendorName(),
                plan.vendorCode(),
                plan.contractId(),
                plan.name(),
                plan.createdBy(),
                plan.createdAt(),
                phases);
    }

    private List<Gate> gates(long phaseId) {
        return jdbc.sql("SELECT id, metric_id, basis, comparison, threshold FROM transition_gates"
                        + " WHERE phase_id = :phase ORDER BY ordinal, id")
                .param("phase", phaseId)
                .query((rs, n) -> new Gate(
                        rs.getLong("id"),
                        rs.getString("metric_id"),
                        Gate.Basis.valueOf(rs.getString("basis")),
                        Gate.Comparison.valueOf(rs.getString("comparison")),
                        rs.getDouble("threshold")))
                .list();
    }

    private static TransitionPlan plan(ResultSet rs) throws SQLException {
        long contract = rs.getLong("contract_id");
        Long contractId = rs.wasNull() ? null : contract;
        return new TransitionPlan(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                rs.getString("vendor_code"),
                contractId,
                rs.getString("name"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                List.of());
    }

    private static List<String> list(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
