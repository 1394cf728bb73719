package com.steward.core.savings.realization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A business case's monthly plan for the chosen offer: the in-house cost it replaces and the vendor's cost, month 1
 * first. Both lists have the same length, which may differ from the contract's term.
 *
 * @param inHouse planned in-house cost per month
 * @param vendor planned cost of the offer per month
 */
public record SavingsPlan(List<BigDecimal> inHouse, List<BigDecimal> vendor) {

    public SavingsPlan {
        inHouse = List.copyOf(inHouse);
        vendor = List.copyOf(vendor);
        if (inHouse.size() != vendor.size()) {
            throw new IllegalArgumentException(
                    "in-house and vendor plans differ in length: " + inHouse.size() + " vs " + vendor.size());
        }
    }

    /**
     * The plan from the business case's cumulative costs (cost to date at the end of each month), as its evaluation
     * reports them; each month's cost is the difference of consecutive totals, taken exactly in decimal.
     */
    public static SavingsPlan fromCumulative(List<Double> inHouseCumulative, List<Double> vendorCumulative) {
        return new SavingsPlan(monthly(inHouseCumulative), monthly(vendorCumulative));
    }

    /** Months the plan covers. */
    public int months() {
        return inHouse.size();
    }

    /** Planned savings of month {@code i} (0-based): in-house − vendor. */
    public BigDecimal savings(int i) {
        return inHouse.get(i).subtract(vendor.get(i));
    }

    private static List<BigDecimal> monthly(List<Double> cumulative) {
        List<BigDecimal> out = new ArrayList<>(cumulative.size());
        BigDecimal previous = BigDecimal.ZERO;
        for (double c : cumulative) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("cumulative cost must be finite, was " + c);
            }
            BigDecimal total = BigDecimal.valueOf(c);
            out.add(total.subtract(previous));
            previous = total;
        }
        return out;
    }
}
