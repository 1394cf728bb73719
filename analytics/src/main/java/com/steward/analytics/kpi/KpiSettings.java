package com.steward.analytics.kpi;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The configurable parts of the metric definitions (defaults as docs/data.md, "KPIs").
 *
 * @param serviceLevelSeconds answered within this many seconds counts towards service level (20)
 * @param shortAbandonSeconds abandons shorter than this are left out of offered and abandoned (0 = none)
 * @param fcrWindowDays a handled contact is resolved first time if the customer does not contact again within
 *     this many days (7)
 * @param churnWindowDays churn after contact window (30)
 * @param leadWindowDays lead conversion window (60)
 * @param zone the time zone of dates, periods and the date range (UTC)
 */
public record KpiSettings(
        int serviceLevelSeconds,
        int shortAbandonSeconds,
        int fcrWindowDays,
        int churnWindowDays,
        int leadWindowDays,
        ZoneId zone) {

    public KpiSettings {
        if (serviceLevelSeconds < 0
                || shortAbandonSeconds < 0
                || fcrWindowDays < 1
                || churnWindowDays < 1
                || leadWindowDays < 1) {
            throw new IllegalArgumentException("KPI windows must be positive");
        }
        Objects.requireNonNull(zone, "zone");
    }

    public static KpiSettings defaults() {
        return new KpiSettings(20, 0, 7, 30, 60, ZoneId.of("UTC"));
    }

    public KpiSettings withShortAbandonSeconds(int seconds) {
        return new KpiSettings(serviceLevelSeconds, seconds, fcrWindowDays, churnWindowDays, leadWindowDays, zone);
    }

    public KpiSettings withZone(ZoneId newZone) {
        return new KpiSettings(
                serviceLevelSeconds, shortAbandonSeconds, fcrWindowDays, churnWindowDays, leadWindowDays, newZone);
    }

    public KpiSettings withWindows(int serviceLevel, int fcrDays, int churnDays, int leadDays) {
        return new KpiSettings(serviceLevel, shortAbandonSeconds, fcrDays, churnDays, leadDays, zone);
    }

    /** The longest look-ahead window: how far past {@code to} every engine must read contacts and events. */
    public int longestWindowDays() {
        return Math.max(fcrWindowDays, Math.max(churnWindowDays, leadWindowDays));
    }
}
