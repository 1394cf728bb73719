package com.steward.app.rollout;

import java.time.LocalDate;
import java.util.List;

/**
 * A new transition plan with its phases and gates, as the API and the form send it.
 *
 * @param contractId optional contract of the same vendor
 */
public record PlanInput(long vendorId, Long contractId, String name, List<PhaseInput> phases) {

    /** One phase; {@code trafficShare} 0 &lt; share ≤ 1; empty queues/regions = all. */
    public record PhaseInput(
            String name,
            List<String> queues,
            List<String> regions,
            double trafficShare,
            LocalDate start,
            LocalDate end,
            List<GateInput> gates) {}

    /** One gate; see {@link Gate} for the units of {@code threshold}. */
    public record GateInput(String metric, Gate.Basis basis, Gate.Comparison comparison, Double threshold) {}
}
