package com.steward.app.relationship;

import com.steward.app.support.PostgresDatabase;

/** The relationship scenarios on the real PostgreSQL server. */
@PostgresDatabase
class RelationshipPostgresIntegrationTest extends RelationshipScenarios {}
