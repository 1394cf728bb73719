package com.steward.app.costing;

import com.steward.app.support.PostgresDatabase;

/** The business-case scenarios on the real PostgreSQL server. */
@PostgresDatabase
class BusinessCaseApiPostgresIntegrationTest extends BusinessCaseApiScenarios {}
