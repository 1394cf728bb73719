/**
 * Weighted vendor selection: the weighted-sum score of each option, the ranking, how much
 * evaluators disagree per criterion, and how stable the winner is when each weight moves.
 *
 * <p>Entry points: {@link com.steward.core.selection.WeightedSum#rank}, {@link
 * com.steward.core.selection.Disagreement#of} and {@link com.steward.core.selection.RankStability#analyse}.
 */
@NullMarked
package com.steward.core.selection;

import org.jspecify.annotations.NullMarked;
