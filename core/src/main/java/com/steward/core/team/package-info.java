/**
 * The vendor's dedicated team on the client's account: headcount, annualised attrition, tenure
 * and the share of agents dedicated to the account.
 *
 * <p>Entry point: {@link com.steward.core.team.TeamStatistics#of}.
 */
@NullMarked
package com.steward.core.team;

import org.jspecify.annotations.NullMarked;
