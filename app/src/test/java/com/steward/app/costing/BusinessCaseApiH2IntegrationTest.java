package com.steward.app.costing;

import com.steward.app.support.EmbeddedDatabase;

/** The business-case scenarios on the embedded default (H2 file database in PostgreSQL mode). */
@EmbeddedDatabase
class BusinessCaseApiH2IntegrationTest extends BusinessCaseApiScenarios {}
