package com.steward.app.renewal;

import com.steward.app.contracts.Contract;

/**
 * An active contract whose term ends within {@link Renewals#ENDING_WITHIN_DAYS} days: the renewal is live.
 *
 * @param contract the contract
 * @param daysLeft days from today to the end of its term (0 = ends today)
 * @param decided a renewal decision is in force for it
 */
public record EndingContract(Contract contract, long daysLeft, boolean decided) {}
