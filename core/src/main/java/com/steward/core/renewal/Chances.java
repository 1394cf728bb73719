package com.steward.core.renewal;

import org.jspecify.annotations.Nullable;

/**
 * Share of Monte Carlo trials in which an option's term cost is below renewing the current contract.
 *
 * @param trials number of trials
 * @param seed seed of the random stream (same seed, same result)
 * @param switchOption chance for SWITCH, null when no alternative was given
 * @param inHouse chance for IN_HOUSE
 */
public record Chances(int trials, long seed, @Nullable Double switchOption, double inHouse) {}
