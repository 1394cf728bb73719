package com.steward.core.allocation;

import java.time.LocalDateTime;

/**
 * One handler's requirement in one interval, summed over the segments it serves (each segment staffed as its own
 * queue: no pooling across queues, which over-states the need slightly where agents are multi-skilled).
 *
 * @param handler handler code
 * @param start interval start
 * @param contacts contacts allocated over all segments
 * @param agents required agents on the phones
 * @param fte agents / (1 − shrinkage), unrounded
 * @param requiredHours agents × interval hours: productive hours the interval needs
 */
public record HandlerInterval(
        String handler, LocalDateTime start, double contacts, int agents, double fte, double requiredHours) {}
