package com.steward.app.renewal;

import com.steward.app.support.PostgresDatabase;

/** The switch-or-renew scenarios on the real PostgreSQL server. */
@PostgresDatabase
class RenewalPostgresIntegrationTest extends RenewalScenarios {}
