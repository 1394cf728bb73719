package com.steward.core.staffing;

/**
 * Steady-state performance of a queue staffed with a given number of agents.
 *
 * @param agents agents on the phones (n)
 * @param offeredLoad A in erlangs
 * @param stable false when the model has no steady state (Erlang C with A ≥ n); waits are then
 *     infinite, {@code probabilityOfWait} is 1 and {@code serviceLevel} 0. Erlang A is always stable.
 * @param probabilityOfWait probability that an arriving contact has to queue (all agents busy)
 * @param serviceLevel contacts answered within the threshold / all offered contacts (abandoned
 *     contacts count against it)
 * @param asaSeconds average speed of answer: mean wait of <em>answered</em> contacts, in seconds
 *     ({@code +Infinity} when unstable)
 * @param meanWaitAllSeconds mean time in queue over all offered contacts, answered or abandoned (for
 *     Erlang C equal to {@code asaSeconds})
 * @param occupancy carried load / agents, the fraction of time agents are busy, in [0, 1]
 * @param probabilityOfAbandon fraction of offered contacts that abandon; 0 for Erlang C, which
 *     assumes infinite patience
 */
public record QueueMetrics(
        int agents,
        double offeredLoad,
        boolean stable,
        double probabilityOfWait,
        double serviceLevel,
        double asaSeconds,
        double meanWaitAllSeconds,
        double occupancy,
        double probabilityOfAbandon) {

    public QueueMetrics {
        Checks.nonNegative("agents", agents);
        requireProbability("probabilityOfWait", probabilityOfWait);
        requireProbability("serviceLevel", serviceLevel);
        requireProbability("occupancy", occupancy);
        requireProbability("probabilityOfAbandon", probabilityOfAbandon);
        if (!(asaSeconds >= 0) || !(meanWaitAllSeconds >= 0)) {
            throw new IllegalArgumentException("asaSeconds and meanWaitAllSeconds must be >= 0");
        }
    }

    private static void requireProbability(String field, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], was " + p);
        }
    }
}
