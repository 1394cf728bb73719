package com.steward.app.contracts;

import com.steward.app.support.PostgresDatabase;

/** The contract scenarios on the real PostgreSQL server. */
@PostgresDatabase
class ContractPostgresIntegrationTest extends ContractScenarios {}
