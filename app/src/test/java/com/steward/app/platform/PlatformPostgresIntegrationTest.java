package com.steward.app.platform;

import com.steward.app.support.PostgresDatabase;

/** The platform scenarios on the real PostgreSQL server. */
@PostgresDatabase
class PlatformPostgresIntegrationTest extends PlatformScenarios {}
