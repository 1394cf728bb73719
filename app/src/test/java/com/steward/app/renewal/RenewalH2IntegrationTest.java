package com.steward.app.renewal;

import com.steward.app.support.EmbeddedDatabase;

/** The switch-or-renew scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class RenewalH2IntegrationTest extends RenewalScenarios {}
