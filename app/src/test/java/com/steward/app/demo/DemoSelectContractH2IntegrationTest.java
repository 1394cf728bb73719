package com.steward.app.demo;

import com.steward.app.support.EmbeddedDatabase;

/** The demo's Select and Contract data on the embedded default (H2). */
@EmbeddedDatabase
class DemoSelectContractH2IntegrationTest extends DemoSelectContractScenarios {}
