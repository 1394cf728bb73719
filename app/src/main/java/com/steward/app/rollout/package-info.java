/**
 * Phased roll-out to a vendor: transition plans with phases by queue and region, gates relative to the in-house
 * baseline evaluated on the lake, recorded go / no-go / extend decisions, and the pilot-versus-in-house comparison
 * with intervals, difference-in-differences and mix adjustment.
 */
package com.steward.app.rollout;
