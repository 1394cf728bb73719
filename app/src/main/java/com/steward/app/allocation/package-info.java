/**
 * Volume allocation across in-house and vendors: plans per period with their forecast, splits (derived from the
 * transition plans' phases or given), each vendor's committed, scheduled and delivered hours, and the comparisons
 * (over/under-allocation, line adherence, handled volume from the lake, billed vs delivered hours). The maths is
 * {@code com.steward.core.allocation}; a VENDOR user reads only its own vendor's rows.
 */
@NullMarked
package com.steward.app.allocation;

import org.jspecify.annotations.NullMarked;
