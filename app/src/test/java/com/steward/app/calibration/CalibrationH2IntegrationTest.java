package com.steward.app.calibration;

import com.steward.app.support.EmbeddedDatabase;

/** The calibration scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class CalibrationH2IntegrationTest extends CalibrationScenarios {}
