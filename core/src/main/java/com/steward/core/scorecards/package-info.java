/**
 * Contract scorecards: per-metric attainment between threshold and target, the weighted overall
 * score, the quality-first weight check, service credits with earn-back, and standings
 * (green / watch / remediation / exit candidate) from the history of periods.
 *
 * <p>Entry points: {@link com.steward.core.scorecards.Scorecards}, {@link
 * com.steward.core.scorecards.ServiceCredits} and {@link com.steward.core.scorecards.Standings}.
 */
@NullMarked
package com.steward.core.scorecards;

import org.jspecify.annotations.NullMarked;
