package com.steward.core.allocation;

import java.time.LocalDateTime;

/**
 * What one handler takes of one segment in one interval, and what that needs.
 *
 * @param handler handler code
 * @param segment queue × region
 * @param start interval start
 * @param contacts contacts allocated to the handler
 * @param ahtSeconds the AHT the handler works them at (its own, or the forecast's)
 * @param agents required agents on the phones for this segment alone
 */
public record HandlerLoad(
        String handler, Segment segment, LocalDateTime start, double contacts, double ahtSeconds, int agents) {}
