package com.steward.app.reviews;

import java.time.Instant;
import java.util.List;

/** What generating a cadence's calendar did: meetings created now and occurrences that already had one. */
public record Generation(long cadenceId, Instant from, Instant to, List<Long> createdMeetingIds, int alreadyPlanned) {}
