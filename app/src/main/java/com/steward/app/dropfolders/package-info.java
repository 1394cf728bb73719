/**
 * Scheduled drop folders: a source polls a folder (e.g. where an SFTP server writes) on its cron, imports each new,
 * complete file once through {@link com.steward.app.ingest.Imports}, and moves it to {@code archive/} or
 * {@code rejected/} with a report beside it. Sources and the per-file ledger live in the database.
 */
@NullMarked
package com.steward.app.dropfolders;

import org.jspecify.annotations.NullMarked;
