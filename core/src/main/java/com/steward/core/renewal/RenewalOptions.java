package com.steward.core.renewal;

import com.steward.core.costing.InHouseCostModel;
import com.steward.core.costing.VendorOffer;
import com.steward.core.costing.Workload;

/**
 * Everything the exit decision support needs; every option is priced on the same workload, term and discount rate.
 *
 * @param workload monthly volume and AHT of the work under the contract
 * @param termMonths months compared (the renewal term), 1 … 120
 * @param annualDiscountRate discount rate per year for NPV, ≥ 0
 * @param governanceFte client staff managing a vendor (kept for RENEW and SWITCH; none in house)
 * @param governanceAnnualCostPerFte loaded annual cost of one governance FTE
 * @param current the current vendor's price (renegotiated, when one was agreed)
 * @param alternative another vendor's offer, or null when no switch is on the table
 * @param switching one-time costs of the switch (ignored without an alternative)
 * @param inHouse the in-house cost model (the business case's)
 * @param rebuild one-time costs of rebuilding the in-house team
 * @param leaving costs of leaving the current vendor, for SWITCH and IN_HOUSE
 */
public record RenewalOptions(
        Workload workload,
        int termMonths,
        double annualDiscountRate,
        double governanceFte,
        double governanceAnnualCostPerFte,
        VendorOffer current,
        VendorOffer alternative,
        SwitchCosts switching,
        InHouseCostModel inHouse,
        RebuildCosts rebuild,
        LeavingCosts leaving) {

    public RenewalOptions {
        notNull("workload", workload);
        notNull("current", current);
        notNull("switching", switching);
        notNull("inHouse", inHouse);
        notNull("rebuild", rebuild);
        notNull("leaving", leaving);
        if (termMonths < 1 || termMonths > 120) {
            throw new IllegalArgumentException("termMonths must be in 1..120, was " + termMonths);
        }
        Numbers.nonNegative("annualDiscountRate", annualDiscountRate);
        Numbers.nonNegative("governanceFte", governanceFte);
        Numbers.nonNegative("governanceAnnualCostPerFte", governanceAnnualCostPerFte);
        if (alternative != null && alternative.name().equals(current.name())) {
            throw new IllegalArgumentException("the alternative offer must not have the current vendor's name");
        }
    }

    RenewalOptions with(Workload w, SwitchCosts s, RebuildCosts r, LeavingCosts l) {
        return new RenewalOptions(
                w,
                termMonths,
                annualDiscountRate,
                governanceFte,
                governanceAnnualCostPerFte,
                current,
                alternative,
                s,
                inHouse,
                r,
                l);
    }

    private static void notNull(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
    }
}
