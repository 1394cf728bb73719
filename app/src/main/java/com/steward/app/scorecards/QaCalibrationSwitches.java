package com.steward.app.scorecards;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per vendor: whether its scorecards show QA calibrated (no row = off). */
@Repository
class QaCalibrationSwitches {

    private final JdbcClient jdbc;

    QaCalibrationSwitches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean applied(long vendorId) {
        return jdbc.sql("SELECT applied FROM scorecard_qa_calibration WHERE vendor_id = :v")
                .param("v", vendorId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void set(long vendorId, boolean applied, String actor, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE scorecard_qa_calibration SET applied = :a, changed_by = :by, changed_at = :at"
                        + " WHERE vendor_id = :v")
                .param("a", applied)
                .param("by", actor)
                .param("at", when)
                .param("v", vendorId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO scorecard_qa_calibration (vendor_id, applied, changed_by, changed_at)"
                            + " VALUES (:v, :a, :by, :at)")
                    .param("v", vendorId)
                    .param("a", applied)
                    .param("by", actor)
                    .param("at", when)
                    .update();
        }
    }
}
