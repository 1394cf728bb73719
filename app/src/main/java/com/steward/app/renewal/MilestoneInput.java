package com.steward.app.renewal;

import java.time.LocalDate;

/**
 * A new milestone.
 *
 * @param what what must be achieved, 1–500 characters
 * @param side who owes it
 * @param owner the person responsible, 1–200 characters
 * @param due due date
 */
public record MilestoneInput(String what, Side side, String owner, LocalDate due) {}
