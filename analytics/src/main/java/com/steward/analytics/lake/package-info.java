/**
 * The interaction lake: partitioned Parquet files under one root, made visible atomically through a manifest.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * root/_manifest                                   the generation pointer: lists every live file
 * root/_lock                                       writer lock (one writer at a time, across processes)
 * root/interactions/handled_by=acme/month=2026-01/part-g7-…parquet
 * root/customer_events/month=2026-01/part-g7-…parquet
 * root/_staging/g8/…                               a writer's new files before they are published
 * </pre>
 *
 * <h2>Atomic commits</h2>
 *
 * A writer takes the lock, writes every affected partition's new version under {@code _staging/g<n>},
 * moves the new files (new, unique names) into their partition folders, forces them to disk, and then
 * publishes generation {@code n} by writing {@code _manifest.tmp} and renaming it over {@code _manifest}
 * (an atomic rename). Readers never list folders: they read the manifest and open exactly the files it
 * names. So a process killed at any moment leaves either the old manifest (the new files are unreferenced
 * orphans, invisible, and deleted by the next writer) or the new one. Replaced files are kept for one more
 * generation ("retired") so that a reader holding the previous manifest can finish its query.
 *
 * <h2>Versions</h2>
 *
 * Rows are keyed ({@code source, interaction_id} for interactions, {@code customer_id, event, at} for
 * customer events). {@link com.steward.analytics.lake.Lake#upsert} rewrites every partition that holds an
 * older version of an incoming key, so the lake holds each key once and the newest import wins.
 * {@link com.steward.analytics.lake.Lake#upsertOnce} (the importer's) stages the incoming rows first and rewrites
 * only the live files holding an incoming key; the new rows are added as new files beside the untouched ones.
 * {@link com.steward.analytics.lake.Lake#upsertWritten} does the same for files a Java writer stages itself
 * ({@link com.steward.analytics.lake.StagedParquetWriter}: DuckDB's partitioned layout, schema and types).
 */
package com.steward.analytics.lake;
