package com.steward.app.renewal;

import java.time.LocalDate;

/**
 * A change of a milestone's status. A VENDOR user may only mark its own side's milestones DONE, with an evidence
 * note.
 *
 * @param status the new status
 * @param doneOn when it was done (DONE; default today)
 * @param evidence evidence note, at most 2000 characters (required for DONE by a vendor and for MISSED)
 */
public record MilestoneUpdate(MilestoneStatus status, LocalDate doneOn, String evidence) {}
