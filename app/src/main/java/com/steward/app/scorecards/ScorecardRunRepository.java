package com.steward.app.scorecards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** SQL access to scorecard runs and verifications. */
@Repository
class ScorecardRunRepository {

    private static final String COLUMNS = """
            id, contract_id, vendor_id, period, period_start, period_end, status, version, restatement_reason,
            supersedes_id, lake_generation, import_ids, definitions_hash, numbers, created_by, created_at,
            published_by, published_at, override_reason""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ScorecardRunRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(ScorecardRun r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO scorecard_run (contract_id, vendor_id, period, period_start, period_end, status,
                          lake_generation, import_ids, definitions_hash, score, numbers, created_by, created_at)
                        VALUES (:contract, :vendor, :period, :start, :end, 'DRAFT', :generation, :imports, :hash, :score,
                          :numbers, :by, :at)
                        """)
                .param("contract", r.contractId())
                .param("vendor", r.vendorId())
                .param("period", r.period())
                .param("start", r.periodStart())
                .param("end", r.periodEnd())
                .param("generation", r.lakeGeneration())
                .param("imports", r.importIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("hash", r.definitionsHash())
                .param("score", r.numbers().score())
                .param("numbers", json.writeValueAsString(r.numbers()))
                .param("by", r.createdBy())
                .param("at", OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<ScorecardRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scorecard_run WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<ScorecardRun> forContract(long contractId) {
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM scorecard_run WHERE contract_id = :c ORDER BY period_end DESC, period_start DESC, id DESC")
                .param("c", contractId)
                .query(this::map)
                .list();
    }

    List<ScorecardRun> forPeriod(long contractId, String period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scorecard_run WHERE contract_id = :c AND period = :p ORDER BY id")
                .param("c", contractId)
                .param("p", period)
                .query(this::map)
                .list();
    }

    Optional<ScorecardRun> published(long contractId, String period) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM scorecard_run WHERE contract_id = :c AND period = :p AND status = 'PUBLISHED'")
                .param("c", contractId)
                .param("p", period)
                .query(this::map)
                .optional();
    }

    /** Current published versions before {@code period}, oldest first. */
    List<ScorecardRun> publishedBefore(long contractId, String period) {
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM scorecard_run WHERE contract_id = :c AND period < :p AND status = 'PUBLISHED' ORDER BY period")
                .param("c", contractId)
                .param("p", period)
                .query(this::map)
                .list();
    }

    void publish(long id, int version, Long supersedes, String reason, String override, String by, Instant at) {
        jdbc.sql("""
                        UPDATE scorecard_run SET status = 'PUBLISHED', version = :version, supersedes_id = :supersedes,
                          restatement_reason = :reason, override_reason = :override, published_by = :by,
                          published_at = :at
                        WHERE id = :id AND status = 'DRAFT'
                        """)
                .param("id", id)
                .param("version", version)
                .param("supersedes", supersedes)
                .param("reason", reason)
                .param("override", override)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    void markRestated(long id) {
        jdbc.sql("UPDATE scorecard_run SET status = 'RESTATED' WHERE id = :id AND status = 'PUBLISHED'")
                .param("id", id)
                .update();
    }

    long insertVerification(
            long contractId,
            long vendorId,
            String period,
            long generation,
            List<Verification.Line> lines,
            String by,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO scorecard_verification (contract_id, vendor_id, period, lake_generation, lines,
                          submitted_by, submitted_at)
                        VALUES (:contract, :vendor, :period, :generation, :lines, :by, :at)
                        """)
                .param("contract", contractId)
                .param("vendor", vendorId)
                .param("period", period)
                .param("generation", generation)
                .param("lines", json.writeValueAsString(lines.toArray(new Verification.Line[0])))
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Verification> verification(long id) {
        return jdbc.sql("SELECT id, contract_id, vendor_id, period, lake_generation, lines, submitted_by, submitted_at"
                        + " FROM scorecard_verification WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    List<Verification.Line> lines =
                            List.of(json.readValue(rs.getString("lines"), Verification.Line[].class));
                    return new Verification(
                            rs.getLong("id"),
                            rs.getLong("contract_id"),
                            rs.getLong("vendor_id"),
                            rs.getString("period"),
                            rs.getLong("lake_generation"),
                            lines,
                            (int) lines.stream()
                                    .filter(Verification.Line::outsideInterval)
                                    .count(),
                            rs.getString("submitted_by"),
                            instant(rs, "submitted_at"));
                })
                .optional();
    }

    private ScorecardRun map(ResultSet rs, int row) throws SQLException {
        String imports = rs.getString("import_ids");
        int version = rs.getInt("version");
        Integer v = rs.wasNull() ? null : version;
        long supersedes = rs.getLong("supersedes_id");
        Long s = rs.wasNull() ? null : supersedes;
        return ScorecardRun.builder()
                .id(rs.getLong("id"))
                .contractId(rs.getLong("contract_id"))
                .vendorId(rs.getLong("vendor_id"))
                .period(rs.getString("period"))
                .periodStart(rs.getObject("period_start", LocalDate.class))
                .periodEnd(rs.getObject("period_end", LocalDate.class))
                .status(RunStatus.valueOf(rs.getString("status")))
                .version(v)
                .restatementReason(rs.getString("restatement_reason"))
                .supersedesId(s)
                .lakeGeneration(rs.getLong("lake_generation"))
                .importIds(
                        imports == null || imports.isBlank()
                                ? List.of()
                                : Arrays.stream(imports.split(","))
                                        .map(Long::valueOf)
                                        .toList())
                .definitionsHash(rs.getString("definitions_hash"))
                .numbers(json.readValue(rs.getString("numbers"), ScorecardNumbers.class))
                .createdBy(rs.getString("created_by"))
                .createdAt(instant(rs, "created_at"))
                .publishedBy(rs.getString("published_by"))
                .publishedAt(instant(rs, "published_at"))
                .overrideReason(rs.getString("override_reason"))
                .build();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
