package com.steward.app.selection;

import com.steward.app.support.PostgresDatabase;

/** The Select scenarios on the real PostgreSQL server. */
@PostgresDatabase
class SelectPostgresIntegrationTest extends SelectScenarios {}
