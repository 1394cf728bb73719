package com.steward.core.costing;

import java.util.List;

/**
 * The result of a business case: in-house against each vendor option.
 *
 * @param inHouse the in-house option (its savings are 0 by definition)
 * @param inHouseMonthly the in-house monthly cost by component
 * @param vendors one result per offer, in the order of the inputs
 */
public record BusinessCase(
        OptionResult inHouse, InHouseCostModel.InHouseCost inHouseMonthly, List<OptionResult> vendors) {

    public BusinessCase {
        vendors = List.copyOf(vendors);
    }

    /** The vendor option named {@code name}. */
    public OptionResult vendor(String name) {
        return vendors.stream()
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option named '" + name + "'"));
    }
}
