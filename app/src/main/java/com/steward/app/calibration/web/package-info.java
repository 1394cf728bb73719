/** Calibration pages and REST endpoints. */
package com.steward.app.calibration.web;
