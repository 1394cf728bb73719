package com.steward.app.renewal;

import com.steward.app.support.EmbeddedDatabase;

/** The demo's switch-or-renew story on the embedded default (H2). */
@EmbeddedDatabase
class RenewalDemoH2IntegrationTest extends RenewalDemoScenarios {}
