package com.steward.app.selection;

import jakarta.validation.constraints.NotEmpty;
import java.util.Map;

/** New weights: every criterion, each 0–100, summing to 100 (a missing criterion counts as 0). */
public record SetWeightsCommand(@NotEmpty Map<Criterion, Double> weights) {}
