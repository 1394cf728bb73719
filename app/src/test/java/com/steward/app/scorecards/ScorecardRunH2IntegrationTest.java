package com.steward.app.scorecards;

import com.steward.app.support.EmbeddedDatabase;

/** The scorecard-run scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class ScorecardRunH2IntegrationTest extends ScorecardRunScenarios {}
