package com.steward.app.allocation;

import com.steward.app.support.EmbeddedDatabase;

/** The allocation scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class AllocationH2IntegrationTest extends AllocationScenarios {}
