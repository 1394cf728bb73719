/**
 * Volume allocation across several handlers (in-house and vendors): a forecast per queue × region × interval
 * split by shares or caps, required agents and FTE per handler and interval (reusing the staffing maths), and
 * the comparison of that requirement with each vendor's committed, scheduled and delivered hours.
 *
 * <p>Entry points: {@link com.steward.core.allocation.Allocations#allocate} and {@link
 * com.steward.core.allocation.Coverage#compare}.
 */
@NullMarked
package com.steward.core.allocation;

import org.jspecify.annotations.NullMarked;
