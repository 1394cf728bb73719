/**
 * Scorecard runs computed from the interaction lake per contract and month, published as frozen snapshots with
 * restatements, and raw-data verification of a vendor's self-reported KPIs.
 */
package com.steward.app.scorecards;
