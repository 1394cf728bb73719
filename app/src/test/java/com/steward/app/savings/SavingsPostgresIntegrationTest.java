package com.steward.app.savings;

import com.steward.app.support.PostgresDatabase;

/** The savings scenarios on the real PostgreSQL server. */
@PostgresDatabase
class SavingsPostgresIntegrationTest extends SavingsScenarios {}
