package com.steward.app.scorecards;

import com.steward.app.support.PostgresDatabase;

/** One figure per contract and month on the real PostgreSQL server. */
@PostgresDatabase
class OneFigurePostgresIntegrationTest extends OneFigureScenarios {}
