/**
 * The outsourcing business case: fully loaded in-house cost, vendor offers under their pricing
 * models, the usually forgotten costs, NPV and break-even, and a Monte Carlo of savings risk.
 *
 * <p>Entry points: {@link com.steward.core.costing.BusinessCases#evaluate} and {@link
 * com.steward.core.costing.SavingsRisk#simulate}.
 */
@NullMarked
package com.steward.core.costing;

import org.jspecify.annotations.NullMarked;
