package com.steward.app.staffing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Metrics of one queue at one staffing level. Infinite waits (an unstable Erlang C queue) are
 * {@code null}, since JSON has no infinity; {@code stable} then says why.
 *
 * @param model {@code erlang-c} or {@code erlang-a}
 * @param offeredLoad A in erlangs
 * @param agents agents the metrics are for
 * @param requiredAgents the smallest staffing meeting the goal, or null when agents were given
 * @param stable false when the queue grows without bound (Erlang C with A ≥ agents)
 * @param probabilityOfWait share of contacts that wait
 * @param serviceLevel share answered within the threshold (abandoned contacts count against it)
 * @param asaSeconds average speed of answer of answered contacts; null when infinite
 * @param occupancy share of agent time busy
 * @param probabilityOfAbandon share that abandon (Erlang A); null for Erlang C
 * @param shrinkage shrinkage used for FTE, or null
 * @param fte agents / (1 − shrinkage), or null without shrinkage
 * @param roundedFte ⌈fte⌉, or null without shrinkage
 */
public record QueueResult(
        String model,
        double offeredLoad,
        int agents,
        Integer requiredAgents,
        boolean stable,
        double probabilityOfWait,
        double serviceLevel,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double asaSeconds,
        double occupancy,
        Double probabilityOfAbandon,
        Double shrinkage,
        Double fte,
        Integer roundedFte) {}
