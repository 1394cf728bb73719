package com.steward.app.reviews;

import com.steward.core.governance.PromiseOutcome;
import com.steward.core.governance.PromiseStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A commitment made in a review.
 *
 * @param status as recorded: OPEN, KEPT (on {@code keptOn}) or BROKEN
 * @param outcome as of today: KEPT, KEPT_LATE, BROKEN, OPEN or OVERDUE
 */
public record Promise(
        long id,
        long vendorId,
        String vendorName,
        @Nullable Long meetingId,
        String what,
        String promisedBy,
        Side side,
        LocalDate madeOn,
        LocalDate dueDate,
        PromiseStatus status,
        @Nullable LocalDate keptOn,
        PromiseOutcome outcome,
        @Nullable String note,
        String createdBy,
        Instant createdAt,
        @Nullable String updatedBy,
        Instant updatedAt) {}
