/**
 * Staffing maths for a contact-center queue: Erlang B, Erlang C and Erlang A (with abandonment),
 * required agents for a service goal, FTE with shrinkage, and interval staffing plans built from a
 * contact forecast.
 *
 * <p>Entry points: {@link com.steward.core.staffing.ErlangC}, {@link com.steward.core.staffing.ErlangA},
 * {@link com.steward.core.staffing.RequiredAgents}, {@link com.steward.core.staffing.Fte},
 * {@link com.steward.core.staffing.StaffingPlans} and {@link com.steward.core.staffing.ForecastCsv}.
 */
@NullMarked
package com.steward.core.staffing;

import org.jspecify.annotations.NullMarked;
