package com.steward.app.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A remediation plan for a contract below threshold.
 *
 * @param id database id
 * @param contractId the contract
 * @param contractName its name
 * @param vendorId the contract's vendor
 * @param vendorName its name
 * @param reason why remediation was opened (pre-filled from the standings)
 * @param openedOn when it was opened
 * @param owner the client-side owner
 * @param status open, succeeded, failed or closed
 * @param statusNote why the status was last set
 * @param closedOn when it ended, null while open
 * @param milestones in plan order
 * @param createdBy who opened it
 * @param createdAt when it was stored
 * @param updatedAt when it last changed
 */
public record RemediationPlan(
        long id,
        long contractId,
        String contractName,
        long vendorId,
        String vendorName,
        String reason,
        LocalDate openedOn,
        String owner,
        PlanStatus status,
        String statusNote,
        LocalDate closedOn,
        List<Milestone> milestones,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public RemediationPlan {
        milestones = List.copyOf(milestones);
    }

    /** Milestones done, missed and open; the progress bar shows done / total. */
    public Progress progress() {
        int done = (int) milestones.stream()
                .filter(m -> m.status() == MilestoneStatus.DONE)
                .count();
        int missed = (int) milestones.stream()
                .filter(m -> m.status() == MilestoneStatus.MISSED)
                .count();
        int total = milestones.size();
        return new Progress(total, done, missed, total - done - missed, total == 0 ? 0 : 100.0 * done / total);
    }

    /**
     * Milestone counts.
     *
     * @param total milestones
     * @param done done
     * @param missed missed
     * @param open still open
     * @param donePercent done / total in percent (0 without milestones)
     */
    public record Progress(int total, int done, int missed, int open, double donePercent) {}
}
