package com.steward.app.keycustomers;

import com.steward.app.support.EmbeddedDatabase;

/** The key-customer scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class KeyCustomerH2IntegrationTest extends KeyCustomerScenarios {}
