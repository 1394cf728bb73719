package com.steward.app.savings;

import com.steward.app.support.EmbeddedDatabase;

/** The savings scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class SavingsH2IntegrationTest extends SavingsScenarios {}
