package com.steward.app.renewal;

import com.steward.app.support.PostgresDatabase;

/** The demo's switch-or-renew story on the real PostgreSQL server. */
@PostgresDatabase
class RenewalDemoPostgresIntegrationTest extends RenewalDemoScenarios {}
