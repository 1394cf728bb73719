package com.steward.app.rollout;

import com.steward.app.support.EmbeddedDatabase;

/** The roll-out scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class RolloutH2IntegrationTest extends RolloutScenarios {}
