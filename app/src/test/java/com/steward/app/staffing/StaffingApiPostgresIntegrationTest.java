package com.steward.app.staffing;

import com.steward.app.support.PostgresDatabase;

/** The staffing scenarios on the real PostgreSQL server. */
@PostgresDatabase
class StaffingApiPostgresIntegrationTest extends StaffingApiScenarios {}
