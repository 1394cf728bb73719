package com.steward.app.costing;

import java.time.Instant;

/**
 * A stored business-case scenario.
 *
 * @param id database id
 * @param name scenario name
 * @param inputs every input, defaults filled in
 * @param createdBy who created it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record BusinessCaseScenario(
        long id, String name, BusinessCaseInput inputs, String createdBy, Instant createdAt, Instant updatedAt) {}
