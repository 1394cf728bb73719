package com.steward.app.dropfolders;

import com.steward.app.support.EmbeddedDatabase;

/** The drop-folder scenarios on the embedded default (H2 file database in PostgreSQL mode). */
@EmbeddedDatabase
class DropFolderH2IntegrationTest extends DropFolderScenarios {}
