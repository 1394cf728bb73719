/**
 * Statistical process control for contact-center series: EWMA charts for proportions and means with
 * time-varying limits, and the tabular CUSUM, so that an alert means a real shift, not noise.
 */
@NullMarked
package com.steward.core.spc;

import org.jspecify.annotations.NullMarked;
