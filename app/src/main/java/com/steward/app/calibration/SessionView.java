package com.steward.app.calibration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One session as the caller may see it.
 *
 * @param grader true when the caller grades in this session
 * @param otherGraders graders the caller does not see by name (a VENDOR user: other vendors' graders)
 * @param results the figures once closed, scoped to the caller; null while open
 */
public record SessionView(
        long id,
        String name,
        String formName,
        int scaleMin,
        int scaleMax,
        LocalDate from,
        LocalDate to,
        long seed,
        int population,
        SessionStatus status,
        String createdBy,
        Instant createdAt,
        Instant closedAt,
        boolean grader,
        boolean vendorView,
        List<ItemView> items,
        List<GraderView> graders,
        int otherGraders,
        List<Dispute> disputes,
        SessionResults results) {

    public boolean open() {
        return status == SessionStatus.OPEN;
    }
}
