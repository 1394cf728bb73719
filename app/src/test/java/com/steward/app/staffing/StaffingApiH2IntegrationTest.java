package com.steward.app.staffing;

import com.steward.app.support.EmbeddedDatabase;

/** The staffing scenarios on the embedded default (H2 file database in PostgreSQL mode). */
@EmbeddedDatabase
class StaffingApiH2IntegrationTest extends StaffingApiScenarios {}
