package com.steward.app.allocation;

import com.steward.app.support.PostgresDatabase;

/** The allocation scenarios on the real PostgreSQL server. */
@PostgresDatabase
class AllocationPostgresIntegrationTest extends AllocationScenarios {}
