/**
 * Relationship health: two-way quarterly pulse surveys (anonymous at the respondent level, results only for groups of
 * at least the minimum size) combined with meeting cadence, promises kept and escalations into a health index per
 * vendor and quarter, shown beside the performance scorecard.
 */
@NullMarked
package com.steward.app.relationship;

import org.jspecify.annotations.NullMarked;
