package com.steward.app.ingest;

import com.steward.app.support.EmbeddedDatabase;

/** The import and KPI scenarios on the embedded default (H2 file database in PostgreSQL mode). */
@EmbeddedDatabase
class IngestKpiH2IntegrationTest extends IngestKpiScenarios {}
