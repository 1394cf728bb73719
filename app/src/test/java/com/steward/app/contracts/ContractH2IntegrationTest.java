package com.steward.app.contracts;

import com.steward.app.support.EmbeddedDatabase;

/** The contract scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class ContractH2IntegrationTest extends ContractScenarios {}
