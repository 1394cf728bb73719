package com.steward.app.selection;

import com.steward.app.support.EmbeddedDatabase;

/** The Select scenarios on the embedded default (H2 file database in PostgreSQL mode). */
@EmbeddedDatabase
class SelectH2IntegrationTest extends SelectScenarios {}
