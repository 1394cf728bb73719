package com.steward.app.ingest;

import com.steward.app.support.PostgresDatabase;

/** The import and KPI scenarios on the real PostgreSQL server. */
@PostgresDatabase
class IngestKpiPostgresIntegrationTest extends IngestKpiScenarios {}
