/**
 * A seeded discrete-event simulation of a demo company's contact centre, written into the lake month by month.
 */
@NullMarked
package com.steward.analytics.simulator;

import org.jspecify.annotations.NullMarked;
