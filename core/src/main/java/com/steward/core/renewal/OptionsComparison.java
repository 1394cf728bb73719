package com.steward.core.renewal;

import java.util.List;
import java.util.Optional;

/**
 * The options side by side, RENEW first.
 *
 * @param termMonths months compared
 * @param annualDiscountRate discount rate of the NPVs
 * @param options RENEW, then SWITCH (when an alternative was given), then IN_HOUSE
 */
public record OptionsComparison(int termMonths, double annualDiscountRate, List<OptionOutcome> options) {

    public OptionsComparison {
        options = List.copyOf(options);
    }

    public Optional<OptionOutcome> option(OptionKind kind) {
        return options.stream().filter(o -> o.kind() == kind).findFirst();
    }

    /** The current contract renewed, the baseline of every saving. */
    public OptionOutcome renew() {
        return option(OptionKind.RENEW).orElseThrow();
    }

    /** The option with the lowest total cost (RENEW on ties). */
    public OptionOutcome cheapest() {
        OptionOutcome best = options.getFirst();
        for (OptionOutcome o : options) {
            if (o.totalCost() < best.totalCost()) {
                best = o;
            }
        }
        return best;
    }
}
