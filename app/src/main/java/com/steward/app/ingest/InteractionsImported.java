package com.steward.app.ingest;

import java.time.Instant;

/**
 * Published when new interactions reached the lake: an import committed rows, or the demo simulator wrote its year.
 * Monitoring listens, so alerts exist as soon as the data does.
 *
 * @param source the source the rows came from ({@code demo} for the simulator)
 * @param what a short description for people (file name, "demo simulator")
 * @param at when the data arrived
 */
public record InteractionsImported(String source, String what, Instant at) {}
