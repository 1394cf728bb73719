package com.steward.core.costing;

import java.util.List;

/**
 * Everything a business case needs.
 *
 * @param workload monthly volume and AHT, the same for every option
 * @param inHouse in-house cost model
 * @param offers vendor offers to compare (at least one, distinct names)
 * @param hiddenCosts forgotten costs of outsourcing, added to every vendor option
 * @param termMonths contract term in months, 1 … 600
 * @param annualDiscountRate discount rate per year for NPV, ≥ 0 (e.g. 0.08)
 */
public record BusinessCaseInputs(
        Workload workload,
        InHouseCostModel inHouse,
        List<VendorOffer> offers,
        HiddenCosts hiddenCosts,
        int termMonths,
        double annualDiscountRate) {

    public BusinessCaseInputs {
        Checks.notNull("workload", workload);
        Checks.notNull("inHouse", inHouse);
        Checks.notNull("hiddenCosts", hiddenCosts);
        if (offers == null || offers.isEmpty()) {
            throw new IllegalArgumentException("offers must not be empty");
        }
        offers = List.copyOf(offers);
        if (offers.stream().map(VendorOffer::name).distinct().count() != offers.size()) {
            throw new IllegalArgumentException("offers must have distinct names");
        }
        if (termMonths < 1 || termMonths > 600) {
            throw new IllegalArgumentException("termMonths must be in 1..600, was " + termMonths);
        }
        Checks.nonNegative("annualDiscountRate", annualDiscountRate);
    }

    /** The offer named {@code name}. */
    public VendorOffer offer(String name) {
        return offers.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no offer named '" + name + "'"));
    }

    public BusinessCaseInputs withWorkload(Workload w) {
        return new BusinessCaseInputs(w, inHouse, offers, hiddenCosts, termMonths, annualDiscountRate);
    }

    public BusinessCaseInputs withInHouse(InHouseCostModel m) {
        return new BusinessCaseInputs(workload, m, offers, hiddenCosts, termMonths, annualDiscountRate);
    }

    public BusinessCaseInputs withHiddenCosts(HiddenCosts h) {
        return new BusinessCaseInputs(workload, inHouse, offers, h, termMonths, annualDiscountRate);
    }
}
