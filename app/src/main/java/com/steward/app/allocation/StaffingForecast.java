package com.steward.app.allocation;

/**
 * One queue × region's forecast taken from a staffing plan: the staffing calculator's forecast CSV
 * ({@code interval_start,contacts,aht_seconds}, see docs/staffing.md) on the allocation plan's interval length.
 */
public record StaffingForecast(String queue, String region, String forecastCsv) {}
