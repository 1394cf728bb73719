/** Calibration pages and REST endpoints. */
@NullMarked
package com.steward.app.calibration.web;

import org.jspecify.annotations.NullMarked;
