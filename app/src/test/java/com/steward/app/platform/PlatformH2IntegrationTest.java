package com.steward.app.platform;

import com.steward.app.support.EmbeddedDatabase;

/** The platform scenarios on the embedded default (H2 file database in PostgreSQL mode). */
@EmbeddedDatabase
class PlatformH2IntegrationTest extends PlatformScenarios {}
