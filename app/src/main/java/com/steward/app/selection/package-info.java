/**
 * Weighted vendor selection: criteria weights summing to 100, scores per evaluator, the ranking,
 * evaluator disagreement, rank stability under weight moves, and the locked decision record.
 */
package com.steward.app.selection;
