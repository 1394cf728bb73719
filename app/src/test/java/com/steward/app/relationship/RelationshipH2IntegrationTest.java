package com.steward.app.relationship;

import com.steward.app.support.EmbeddedDatabase;

/** The relationship scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class RelationshipH2IntegrationTest extends RelationshipScenarios {}
