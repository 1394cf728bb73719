/**
 * Governance of a vendor relationship as pure functions: review meeting recurrence that keeps the local wall time
 * across daylight-saving changes, an RFC 5545 iCalendar writer, and promise keeping (outcomes and the kept-on-time
 * rate per quarter with its Wilson interval).
 *
 * <p>Entry points: {@link com.steward.core.governance.Recurrence#occurrences},
 * {@link com.steward.core.governance.ICalendar#write}, {@link com.steward.core.governance.PromiseKeeping#keptRates}.
 */
@NullMarked
package com.steward.core.governance;

import org.jspecify.annotations.NullMarked;
