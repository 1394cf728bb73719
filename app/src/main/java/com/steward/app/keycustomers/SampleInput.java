package com.steward.app.keycustomers;

import java.util.List;

/**
 * A sample to draw.
 *
 * @param month {@code yyyy-MM}
 * @param sampleSize customers to call; null for the default
 * @param seed null for a new random seed (stored with the sample either way)
 * @param assigneeIds the client staff (ADMIN, MANAGER, ANALYST) who call, round-robin in this order
 */
public record SampleInput(Long vendorId, String month, Integer sampleSize, Long seed, List<Long> assigneeIds) {}
