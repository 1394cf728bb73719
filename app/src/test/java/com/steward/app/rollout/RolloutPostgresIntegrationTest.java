package com.steward.app.rollout;

import com.steward.app.support.PostgresDatabase;

/** The roll-out scenarios on the real PostgreSQL server. */
@PostgresDatabase
class RolloutPostgresIntegrationTest extends RolloutScenarios {}
