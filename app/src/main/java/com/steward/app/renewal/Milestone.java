package com.steward.app.renewal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One milestone of a remediation plan.
 *
 * @param id database id
 * @param planId the plan
 * @param what what must be achieved
 * @param side who owes it
 * @param owner the person responsible
 * @param due due date
 * @param status open, done or missed
 * @param doneOn when it was done (DONE only)
 * @param evidence evidence note (what shows it is done, or why it was missed)
 * @param updatedBy who last changed it
 * @param updatedAt when it last changed
 */
public record Milestone(
        long id,
        long planId,
        String what,
        Side side,
        String owner,
        LocalDate due,
        MilestoneStatus status,
        LocalDate doneOn,
        String evidence,
        String updatedBy,
        Instant updatedAt) {

    /** Open and past its due date. */
    public boolean overdue(LocalDate today) {
        return status == MilestoneStatus.OPEN && due.isBefore(today);
    }
}
