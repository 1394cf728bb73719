package com.steward.app.dropfolders;

import com.steward.app.support.PostgresDatabase;

/** The drop-folder scenarios on the real PostgreSQL server. */
@PostgresDatabase
class DropFolderPostgresIntegrationTest extends DropFolderScenarios {}
