/**
 * Switch or renew: the history of under-performance of a contract (runs of periods below threshold read from
 * the scorecard standings), and the exit decision support that compares renewing the current vendor, switching to
 * another vendor and bringing the work back in house, each priced by the business-case engine of {@code
 * com.steward.core.costing}.
 *
 * <p>Entry points: {@link com.steward.core.renewal.ExitOptions#compare}, {@link
 * com.steward.core.renewal.ExitOptions#chanceOfBeatingCurrent} and {@link
 * com.steward.core.renewal.UnderPerformanceRuns#of}.
 */
@NullMarked
package com.steward.core.renewal;

import org.jspecify.annotations.NullMarked;
