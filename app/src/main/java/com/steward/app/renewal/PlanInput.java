package com.steward.app.renewal;

import java.time.LocalDate;
import java.util.List;

/**
 * A new remediation plan for a contract (the contract comes from the path).
 *
 * @param reason why; blank takes the reason drawn from the standings
 * @param openedOn when it opens (default today)
 * @param owner the client-side owner, 1–200 characters
 * @param milestones milestones, at most 30
 */
public record PlanInput(String reason, LocalDate openedOn, String owner, List<MilestoneInput> milestones) {}
