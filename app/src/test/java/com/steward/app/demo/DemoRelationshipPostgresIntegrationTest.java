package com.steward.app.demo;

import com.steward.app.support.PostgresDatabase;

/** The demo's relationship data on the real PostgreSQL server. */
@PostgresDatabase
class DemoRelationshipPostgresIntegrationTest extends DemoRelationshipScenarios {}
