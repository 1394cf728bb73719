package com.steward.app.scorecards;

import com.steward.app.support.EmbeddedDatabase;

/** One figure per contract and month on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class OneFigureH2IntegrationTest extends OneFigureScenarios {}
