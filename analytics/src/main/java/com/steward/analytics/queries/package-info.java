/**
 * Lake queries other than the KPI set (key customers, handled units, calibration samples, import reconciliation):
 * SQL files loaded and rendered by {@link com.steward.analytics.queries.SqlFiles}, the one loader and placeholder
 * syntax ({@code ${name}}) of every SQL file in {@code analytics}, and run by a
 * {@link com.steward.analytics.queries.QueryEngine}.
 *
 * <h2>The SQL contract</h2>
 *
 * A file under {@code resources/com/steward/analytics/queries/} names its inputs as placeholders, each of one kind
 * declared by its {@link com.steward.analytics.queries.LakeQuery}: a lake dataset (the engine puts the relation
 * reading its files), a value table (one text column; the engine registers a table of that name), or a parameter
 * (text, integer or instant; the engine binds it, never inlines it). Lines starting with {@code --} are comments
 * and are not rendered. Result columns come back as engine-neutral Java values in a
 * {@link com.steward.analytics.queries.LakeRow}.
 */
@NullMarked
package com.steward.analytics.queries;

import org.jspecify.annotations.NullMarked;
