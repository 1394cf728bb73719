package com.steward.core.allocation;

import java.time.LocalDateTime;

/**
 * Contacts of one segment and interval that no handler could take (every cap reached).
 *
 * @param segment queue × region
 * @param start interval start
 * @param contacts contacts left over, &gt; 0
 */
public record Unallocated(Segment segment, LocalDateTime start, double contacts) {}
