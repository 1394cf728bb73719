package com.steward.app.scorecards;

import com.steward.app.support.PostgresDatabase;

/** The scorecard-run scenarios on the real PostgreSQL server. */
@PostgresDatabase
class ScorecardRunPostgresIntegrationTest extends ScorecardRunScenarios {}
