package com.steward.app.calibration;

import com.steward.app.support.PostgresDatabase;

/** The calibration scenarios on the real PostgreSQL server. */
@PostgresDatabase
class CalibrationPostgresIntegrationTest extends CalibrationScenarios {}
