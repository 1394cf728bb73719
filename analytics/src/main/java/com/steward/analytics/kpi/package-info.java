/**
 * KPI definitions as SQL files, the {@link com.steward.analytics.kpi.Engine} that runs them, and the DuckDB
 * engine over the lake.
 *
 * <h2>The SQL contract (shared with every engine)</h2>
 *
 * The files under {@code resources/com/steward/analytics/kpi/} read three views an engine creates first:
 *
 * <ul>
 *   <li>{@code interactions}: every vendor's interactions within the query horizon ({@code from} to {@code to}
 *       plus the longest look-ahead window), the canonical columns plus {@code arrived_us}, {@code answered_us},
 *       {@code ended_us} (epoch microseconds, BIGINT), {@code in_scope} (inside the date range, the vendor filter
 *       and the segments) and {@code period} (epoch day of the first day of the contact's period in the query's
 *       zone, BIGINT, from {@link com.steward.analytics.kpi.KpiSql#periodEpochDay}; NULL without a period
 *       dimension);
 *   <li>{@code kpi_scope}: the rows of {@code interactions} that are {@code in_scope}, with the survey and QA
 *       feeds joined by ({@code source}, {@code interaction_id}) ({@code kpi_scope.sql}, rendered by
 *       {@link com.steward.analytics.kpi.KpiSql#scopeView}): the feed's {@code csat}/{@code nps} over the inline
 *       ones, {@code qa_score} the interaction's mean evaluation;
 *   <li>{@code survey_responses} ({@code source, interaction_id, csat, nps}) and {@code qa_evaluations}
 *       ({@code source, interaction_id, score}): the feeds, every file (not pruned by month);
 *   <li>{@code customer_events}: the canonical columns plus {@code at_us}.
 * </ul>
 *
 * Every optional column may be NULL (not reported); each metric counts the rows where its inputs are known and a
 * metric with no such row has no value ({@link com.steward.analytics.kpi.MetricValue#reported()} false).
 *
 * Placeholders {@code ${key_columns}} (grouping columns followed by a comma, or nothing), {@code ${group_by}}
 * and numeric parameters are substituted by {@link com.steward.analytics.kpi.KpiSql}. The files use standard
 * SQL only (CASE, window functions, joins), so Spark SQL runs them unchanged.
 */
package com.steward.analytics.kpi;
