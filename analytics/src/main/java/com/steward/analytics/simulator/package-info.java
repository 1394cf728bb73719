/** A seeded generator of a realistic demo company's interactions and customer events, written into the lake. */
package com.steward.analytics.simulator;
