package com.steward.app.selection;

import static com.steward.app.database.SqlValues.instant;
import static com.steward.app.database.SqlValues.utc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to selections, their candidates, weights and scores. */
@Repository
class SelectionRepository {

    /** One stored score. */
    record Score(long vendorId, Criterion criterion, String evaluator, double score) {}

    private final JdbcClient jdbc;

    SelectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> ids() {
        return jdbc.sql("SELECT id FROM selections ORDER BY updated_at DESC, id DESC")
                .query(Long.class)
                .list();
    }

    Optional<Selection> find(long id) {
        List<Selection.Candidate> candidates = jdbc.sql("""
                        SELECT sv.vendor_id, v.name, sv.offer_name FROM selection_vendors sv
                        JOIN vendors v ON v.id = sv.vendor_id WHERE sv.selection_id = :id ORDER BY v.name, v.id
                        """)
                .param("id", id)
                .query((rs, row) -> new Selection.Candidate(
                        rs.getLong("vendor_id"), rs.getString("name"), rs.getString("offer_name")))
                .list();
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        jdbc.sql("SELECT criterion, weight FROM selection_weights WHERE selection_id = :id")
                .param("id", id)
                .query(rs -> {
                    weights.put(
                            Criterion.valueOf(rs.getString("criterion")),
                            rs.getBigDecimal("weight").doubleValue());
                });
        return jdbc.sql("""
                        SELECT s.*, v.name AS chosen_name FROM selections s
                        LEFT JOIN vendors v ON v.id = s.chosen_vendor_id WHERE s.id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> {
                    long chosen = rs.getLong("chosen_vendor_id");
                    Selection.DecisionRecord decision = rs.wasNull()
                            ? null
                            : new Selection.DecisionRecord(
                                    chosen,
                                    rs.getString("chosen_name"),
                                    rs.getString("decision"),
                                    rs.getString("rationale"),
                                    rs.getString("decided_by"),
                                    instant(rs, "decided_at"));
                    long caseId = rs.getLong("business_case_id");
                    Long businessCase = rs.wasNull() ? null : caseId;
                    return new Selection(
                            rs.getLong("id"),
                            rs.getString("name"),
                            businessCase,
                            candidates,
                            weights,
                            rs.getBoolean("locked"),
                            decision,
                            rs.getString("created_by"),
                            instant(rs, "created_at"),
                            instant(rs, "updated_at"));
                })
                .optional();
    }

    long insert(String name, Long businessCaseId, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO selections (name, business_case_id, created_by, created_at, updated_at, locked)
                        VALUES (:name, :case, :by, :now, :now, FALSE)
                        """)
                .param("name", name)
                .param("case", businessCaseId)
                .param("by", by)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void addCandidate(long id, long vendorId, String offerName) {
        jdbc.sql("INSERT INTO selection_vendors (selection_id, vendor_id, offer_name) VALUES (:id, :vendor, :offer)")
                .param("id", id)
                .param("vendor", vendorId)
                .param("offer", offerName == null || offerName.isBlank() ? null : offerName.strip())
                .update();
    }

    void replaceWeights(long id, Map<Criterion, Double> weights, Instant now) {
        jdbc.sql("DELETE FROM selection_weights WHERE selection_id = :id")
                .param("id", id)
                .update();
        for (Map.Entry<Criterion, Double> w : weights.entrySet()) {
            jdbc.sql(
                            "INSERT INTO selection_weights (selection_id, criterion, weight) VALUES (:id, :criterion, :weight)")
                    .param("id", id)
                    .param("criterion", w.getKey().name())
                    .param("weight", BigDecimal.valueOf(w.getValue()).setScale(2, RoundingMode.HALF_UP))
                    .update();
        }
        touch(id, now);
    }

    void touch(long id, Instant now) {
        jdbc.sql("UPDATE selections SET updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    List<Score> scores(long id) {
        return jdbc.sql("SELECT vendor_id, criterion, evaluator, score FROM selection_scores WHERE selection_id = :id"
                        + " ORDER BY evaluator, vendor_id, criterion")
                .param("id", id)
                .query((rs, row) -> new Score(
                        rs.getLong("vendor_id"),
                        Criterion.valueOf(rs.getString("criterion")),
                        rs.getString("evaluator"),
                        rs.getDouble("score")))
                .list();
    }

    void saveScore(long id, long vendorId, Criterion criterion, String evaluator, double score, Instant now) {
        jdbc.sql("""
                        DELETE FROM selection_scores
                        WHERE selection_id = :id AND vendor_id = :vendor AND criterion = :criterion AND evaluator = :evaluator
                        """)
                .param("id", id)
                .param("vendor", vendorId)
                .param("criterion", criterion.name())
                .param("evaluator", evaluator)
                .update();
        jdbc.sql("""
                        INSERT INTO selection_scores (selection_id, vendor_id, criterion, evaluator, score, updated_at)
                        VALUES (:id, :vendor, :criterion, :evaluator, :score, :now)
                        """)
                .param("id", id)
                .param("vendor", vendorId)
                .param("criterion", criterion.name())
                .param("evaluator", evaluator)
                .param("score", score)
                .param("now", utc(now))
                .update();
    }

    /** Locks the selection unless it already is; false when another request locked it first. */
    boolean lock(long id, LockSelectionCommand c, String by, Instant now) {
        return jdbc.sql("""
                        UPDATE selections SET locked = TRUE, chosen_vendor_id = :vendor, decision = :decision,
                          rationale = :rationale, decided_by = :by, decided_at = :now, updated_at = :now
                        WHERE id = :id AND locked = FALSE
                        """)
                        .param("id", id)
                        .param("vendor", c.chosenVendorId())
                        .param("decision", c.decision().strip())
                        .param("rationale", c.rationale().strip())
                        .param("by", by)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    static List<Score> copy(List<Score> scores) {
        return new ArrayList<>(scores);
    }
}
