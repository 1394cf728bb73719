package com.steward.app.demo;

import com.steward.app.support.EmbeddedDatabase;

/** The demo's relationship data on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class DemoRelationshipH2IntegrationTest extends DemoRelationshipScenarios {}
