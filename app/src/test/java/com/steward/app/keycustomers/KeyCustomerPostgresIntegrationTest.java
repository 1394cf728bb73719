package com.steward.app.keycustomers;

import com.steward.app.support.PostgresDatabase;

/** The key-customer scenarios on the real PostgreSQL server. */
@PostgresDatabase
class KeyCustomerPostgresIntegrationTest extends KeyCustomerScenarios {}
