package com.steward.app.rollout;

import java.time.LocalDate;
import java.util.List;

/** One step of a transition: the segments moved (empty list = all), the share of their traffic and the dates. */
public record Phase(
        long id,
        long planId,
        String name,
        List<String> queues,
        List<String> regions,
        double trafficShare,
        LocalDate start,
        LocalDate end,
        List<Gate> gates) {

    public Phase {
        queues = List.copyOf(queues);
        regions = List.copyOf(regions);
        gates = List.copyOf(gates);
    }

    /** E.g. {@code billing, technical × DE} or {@code all queues × all regions}. */
    public String segments() {
        return (queues.isEmpty() ? "all queues" : String.join(", ", queues)) + " × "
                + (regions.isEmpty() ? "all regions" : String.join(", ", regions));
    }
}
