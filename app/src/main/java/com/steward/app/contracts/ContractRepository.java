package com.steward.app.contracts;

import com.steward.app.security.VendorScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to contracts, scorecards, results and rosters; every contract read takes the caller's scope. */
@Repository
class ContractRepository {

    private static final String COLUMNS = """
            c.id, c.vendor_id, v.name AS vendor_name, c.name, c.status, c.term_start, c.term_end,
            c.business_case_id, c.offer_name, c.queues, c.regions, c.channels, c.monthly_invoice,
            c.required_quality_share, c.quality_share_acknowledged, c.threshold_score, c.credit_percent_per_point,
            c.credit_cap_percent, c.earn_back_months, c.earn_back_share, c.remediation_after, c.chronic_after,
            c.recovery_after,
            c.created_by, c.created_at, c.updated_at
            """;

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Contract> findAll(VendorScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contracts c JOIN vendors v ON v.id = c.vendor_id WHERE "
                        + scope.sqlCondition("c.vendor_id") + " ORDER BY v.name, c.term_start DESC, c.id")
                .query(ContractRepository::map)
                .list();
    }

    Optional<Contract> findById(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM contracts c JOIN vendors v ON v.id = c.vendor_id WHERE c.id = :id AND "
                        + scope.sqlCondition("c.vendor_id"))
                .param("id", id)
                .query(ContractRepository::map)
                .optional();
    }

    long insert(ContractInput in, ContractRules rules, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO contracts (vendor_id, name, status, term_start, term_end, business_case_id, offer_name,
                          queues, regions, channels, monthly_invoice, required_quality_share, quality_share_acknowledged,
                          threshold_score, credit_percent_per_point, credit_cap_percent, earn_back_months, earn_back_share,
                          remediation_after, chronic_after, recovery_after, created_by, created_at, updated_at)
                        VALUES (:vendor, :name, :status, :start, :end, :bc, :offer, :queues, :regions, :channels, :invoice,
                          :share, FALSE, :threshold, :perPoint, :cap, :earnBack, :earnBackShare, :remediation, :chronic,
                          :recovery, :actor, :now, :now)
                        """)
                .param("vendor", in.vendorId())
                .params(contractParams(in, rules, now))
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, ContractInput in, ContractRules rules, Instant now) {
        jdbc.sql("""
                        UPDATE contracts SET name = :name, status = :status, term_start = :start, term_end = :end,
                          business_case_id = :bc, offer_name = :offer, queues = :queues, regions = :regions,
                          channels = :channels, monthly_invoice = :invoice, required_quality_share = :share,
                          threshold_score = :threshold, credit_percent_per_point = :perPoint, credit_cap_percent = :cap,
                          earn_back_months = :earnBack, earn_back_share = :earnBackShare,
                          remediation_after = :remediation, chronic_after = :chronic, recovery_after = :recovery,
                          updated_at = :now
                        WHERE id = :id
                        """).params(contractParams(in, rules, now)).param("id", id).update();
    }

    private static Map<String, Object> contractParams(ContractInput in, ContractRules r, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", in.name());
        p.put("status", in.status().name());
        p.put("start", in.termStart());
        p.put("end", in.termEnd());
        p.put("bc", in.pricing() == null ? null : in.pricing().businessCaseId());
        p.put("offer", in.pricing() == null ? null : in.pricing().offerName());
        p.put("queues", join(in.queues()));
        p.put("regions", join(in.regions()));
        p.put("channels", join(in.channels()));
        p.put("invoice", in.monthlyInvoice() == null ? null : BigDecimal.valueOf(in.monthlyInvoice()));
        p.put("share", r.requiredQualityShare());
        p.put("threshold", r.thresholdScore());
        p.put("perPoint", r.creditPercentPerPoint());
        p.put("cap", r.creditCapPercent());
        p.put("earnBack", r.earnBackMonths());
        p.put("earnBackShare", r.earnBackShare());
        p.put("remediation", r.remediationAfter());
        p.put("chronic", r.chronicAfter());
        p.put("recovery", r.recoveryAfter());
        p.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return p;
    }

    void setAcknowledged(long id, boolean acknowledged, Instant now) {
        jdbc.sql("UPDATE contracts SET quality_share_acknowledged = :ack, updated_at = :now WHERE id = :id")
                .param("ack", acknowledged)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    // --- scorecard ---

    record StoredLine(String metricId, double target, double threshold, double weight) {}

    List<StoredLine> scorecard(long contractId) {
        return jdbc.sql(
                        "SELECT metric_id, target, threshold, weight FROM scorecard_metrics WHERE contract_id = :id ORDER BY ordinal")
                .param("id", contractId)
                .query((rs, row) -> new StoredLine(
                        rs.getString("metric_id"),
                        rs.getDouble("target"),
                        rs.getDouble("threshold"),
                        rs.getDouble("weight")))
                .list();
    }

    void replaceScorecard(long contractId, List<StoredLine> lines) {
        jdbc.sql("DELETE FROM scorecard_metrics WHERE contract_id = :id")
                .param("id", contractId)
                .update();
        for (int i = 0; i < lines.size(); i++) {
            StoredLine l = lines.get(i);
            jdbc.sql("""
                            INSERT INTO scorecard_metrics (contract_id, ordinal, metric_id, target, threshold, weight)
                            VALUES (:id, :ordinal, :metric, :target, :threshold, :weight)
                            """)
                    .param("id", contractId)
                    .param("ordinal", i)
                    .param("metric", l.metricId())
                    .param("target", l.target())
                    .param("threshold", l.threshold())
                    .param("weight", l.weight())
                    .update();
        }
    }

    // --- results ---

    record StoredResult(LocalDate period, String metricId, double measured) {}

    record StoredPeriod(LocalDate period, Double invoice) {}

    List<StoredResult> results(long contractId) {
        return jdbc.sql(
                        "SELECT period_start, metric_id, measured FROM scorecard_results WHERE contract_id = :id AND superseded_by_run_id IS NULL ORDER BY period_start, metric_id")
                .param("id", contractId)
                .query((rs, row) -> new StoredResult(
                        rs.getObject("period_start", LocalDate.class),
                        rs.getString("metric_id"),
                        rs.getDouble("measured")))
                .list();
    }

    List<StoredPeriod> periods(long contractId) {
        return jdbc.sql(
                        "SELECT period_start, invoice_amount FROM contract_periods WHERE contract_id = :id ORDER BY period_start")
                .param("id", contractId)
                .query((rs, row) -> {
                    BigDecimal invoice = rs.getBigDecimal("invoice_amount");
                    return new StoredPeriod(
                            rs.getObject("period_start", LocalDate.class),
                            invoice == null ? null : invoice.doubleValue());
                })
                .list();
    }

    void upsertPeriod(long contractId, LocalDate period, Double invoice, String actor, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        UPDATE contract_periods SET invoice_amount = COALESCE(:invoice, invoice_amount), recorded_by = :actor,
                          recorded_at = :at WHERE contract_id = :id AND period_start = :period
                        """)
                .param("invoice", invoice == null ? null : BigDecimal.valueOf(invoice), Types.NUMERIC)
                .param("actor", actor)
                .param("at", at)
                .param("id", contractId)
                .param("period", period)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO contract_periods (contract_id, period_start, invoice_amount, recorded_by, recorded_at)
                            VALUES (:id, :period, :invoice, :actor, :at)
                            """)
                    .param("invoice", invoice == null ? null : BigDecimal.valueOf(invoice), Types.NUMERIC)
                    .param("actor", actor)
                    .param("at", at)
                    .param("id", contractId)
                    .param("period", period)
                    .update();
        }
    }

    /** Marks the month's current hand-recorded values as superseded by a published run; returns how many. */
    int supersede(long contractId, LocalDate period, long runId, Instant now) {
        return jdbc.sql("""
                        UPDATE scorecard_results SET superseded_by_run_id = :run, superseded_at = :at
                        WHERE contract_id = :id AND period_start = :period AND superseded_by_run_id IS NULL
                        """)
                .param("run", runId)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", contractId)
                .param("period", period)
                .update();
    }

    void upsertResult(long contractId, LocalDate period, String metricId, double measured, String actor, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        UPDATE scorecard_results SET measured = :measured, recorded_by = :actor, recorded_at = :at
                        WHERE contract_id = :id AND period_start = :period AND metric_id = :metric
                        """)
                .param("measured", measured)
                .param("actor", actor)
                .param("at", at)
                .param("id", contractId)
                .param("period", period)
                .param("metric", metricId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO scorecard_results (contract_id, period_start, metric_id, measured, recorded_by, recorded_at)
                            VALUES (:id, :period, :metric, :measured, :actor, :at)
                            """)
                    .param("measured", measured)
                    .param("actor", actor)
                    .param("at", at)
                    .param("id", contractId)
                    .param("period", period)
                    .param("metric", metricId)
                    .update();
        }
    }

    // --- team ---

    List<TeamMember> team(long contractId) {
        return jdbc.sql("""
                        SELECT id, contract_id, agent_id, start_date, end_date, dedicated, training_modules, certified_on
                        FROM team_members WHERE contract_id = :id ORDER BY agent_id
                        """)
                .param("id", contractId)
                .query(ContractRepository::mapMember)
                .list();
    }

    Optional<TeamMember> member(long contractId, long memberId) {
        return jdbc.sql("""
                        SELECT id, contract_id, agent_id, start_date, end_date, dedicated, training_modules, certified_on
                        FROM team_members WHERE contract_id = :contract AND id = :id
                        """)
                .param("contract", contractId)
                .param("id", memberId)
                .query(ContractRepository::mapMember)
                .optional();
    }

    boolean agentExists(long contractId, String agentId, long exceptMemberId) {
        return jdbc.sql("SELECT COUNT(*) FROM team_members WHERE contract_id = :c AND agent_id = :a AND id <> :id")
                        .param("c", contractId)
                        .param("a", agentId)
                        .param("id", exceptMemberId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertMember(long contractId, TeamMemberInput in, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO team_members (contract_id, agent_id, start_date, end_date, dedicated, training_modules,
                          certified_on, updated_at)
                        VALUES (:contract, :agent, :start, :end, :dedicated, :modules, :certified, :now)
                        """)
                .param("contract", contractId)
                .params(memberParams(in, now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateMember(long memberId, TeamMemberInput in, Instant now) {
        jdbc.sql("""
                        UPDATE team_members SET agent_id = :agent, start_date = :start, end_date = :end,
                          dedicated = :dedicated, training_modules = :modules, certified_on = :certified, updated_at = :now
                        WHERE id = :id
                        """).param("id", memberId).params(memberParams(in, now)).update();
    }

    private static Map<String, Object> memberParams(TeamMemberInput in, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("agent", in.agentId());
        p.put("start", in.startDate());
        p.put("end", in.endDate());
        p.put("dedicated", in.dedicated());
        p.put("modules", join(in.trainingModules()));
        p.put("certified", in.certifiedOn());
        p.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return p;
    }

    private static TeamMember mapMember(ResultSet rs, int row) throws SQLException {
        return new TeamMember(
                rs.getLong("id"),
                rs.getLong("contract_id"),
                rs.getString("agent_id"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getBoolean("dedicated"),
                split(rs.getString("training_modules")),
                rs.getObject("certified_on", LocalDate.class));
    }

    private static Contract map(ResultSet rs, int row) throws SQLException {
        long businessCase = rs.getLong("business_case_id");
        boolean linked = !rs.wasNull();
        BigDecimal invoice = rs.getBigDecimal("monthly_invoice");
        return new Contract(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_name"),
                rs.getString("name"),
                ContractStatus.valueOf(rs.getString("status")),
                rs.getObject("term_start", LocalDate.class),
                rs.getObject("term_end", LocalDate.class),
                linked ? new PricingLink(businessCase, rs.getString("offer_name")) : null,
                split(rs.getString("queues")),
                split(rs.getString("regions")),
                split(rs.getString("channels")),
                invoice == null ? null : invoice.doubleValue(),
                new ContractRules(
                        rs.getDouble("required_quality_share"),
                        rs.getDouble("threshold_score"),
                        rs.getDouble("credit_percent_per_point"),
                        rs.getDouble("credit_cap_percent"),
                        rs.getInt("earn_back_months"),
                        rs.getDouble("earn_back_share"),
                        rs.getInt("remediation_after"),
                        rs.getInt("chronic_after"),
                        rs.getInt("recovery_after")),
                rs.getBoolean("quality_share_acknowledged"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Lists are stored one item per line. */
    static String join(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank()
                ? List.of()
                : Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
