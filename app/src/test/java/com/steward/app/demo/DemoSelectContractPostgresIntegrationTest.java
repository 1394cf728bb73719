package com.steward.app.demo;

import com.steward.app.support.PostgresDatabase;

/** The demo's Select and Contract data on PostgreSQL. */
@PostgresDatabase
class DemoSelectContractPostgresIntegrationTest extends DemoSelectContractScenarios {}
