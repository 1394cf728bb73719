package com.steward.core.costing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Evaluates a {@link BusinessCaseInputs}: monthly cost series of the in-house option and of each
 * vendor option, with totals, NPV, savings and break-even.
 *
 * <p>A vendor option's cost in month m (1 … T) is: the vendor invoice (max(minimum, price × units) ×
 * exchange rate) + governance + expected customer loss; plus, in month 1, the vendor's transition fee
 * and knowledge transfer; plus, in months 1 … parallelRunMonths, the full in-house cost (both run in
 * parallel); plus, in month T, the exit cost. The in-house option costs the same every month.
 */
public final class BusinessCases {

    /** Name of the in-house option. */
    public static final String IN_HOUSE = "In-house";

    private BusinessCases() {}

    /** The full business case. */
    public static BusinessCase evaluate(BusinessCaseInputs inputs) {
        InHouseCostModel.InHouseCost monthly = inputs.inHouse().monthlyCost(inputs.workload());
        double[] inHouse = inHouseSeries(inputs.termMonths(), monthly.total());
        double inHouseTotal = sum(inHouse);
        double inHouseNpv = Npv.presentValue(inHouse, inputs.annualDiscountRate());
        OptionResult inHouseResult = result(IN_HOUSE, inHouse, inHouse, inHouseTotal, inHouseNpv, inputs);
        List<OptionResult> vendors = new ArrayList<>();
        for (VendorOffer offer : inputs.offers()) {
            double[] series = vendorSeries(inputs, offer, monthly.total());
            vendors.add(result(offer.name(), series, inHouse, inHouseTotal, inHouseNpv, inputs));
        }
        return new BusinessCase(inHouseResult, monthly, vendors);
    }

    /** Savings fraction (in-house total − option total) / in-house total of one offer; fast path for simulation. */
    static double savingsFraction(BusinessCaseInputs inputs, VendorOffer offer) {
        return savingsFraction(inputs.workload(), inputs.inHouse(), inputs.hiddenCosts(), offer, inputs.termMonths());
    }

    /** The same as summing {@link #vendorSeries}, without building the series. */
    static double savingsFraction(
            Workload workload, InHouseCostModel inHouse, HiddenCosts hidden, VendorOffer offer, int term) {
        double inHouseMonthly = inHouse.monthlyCost(workload).total();
        double inHouseTotal = inHouseMonthly * term;
        double recurring = offer.monthlyCharge(workload) + hidden.monthlyGovernance() + hidden.monthlyCustomerLoss();
        double optionTotal = recurring * term
                + offer.transitionCostInBase()
                + hidden.knowledgeTransferCost()
                + Math.min(term, hidden.parallelRunMonths()) * inHouseMonthly
                + hidden.exitCost();
        return inHouseTotal == 0 ? 0 : (inHouseTotal - optionTotal) / inHouseTotal;
    }

    static double[] inHouseSeries(int term, double monthly) {
        double[] s = new double[term];
        Arrays.fill(s, monthly);
        return s;
    }

    static double[] vendorSeries(BusinessCaseInputs inputs, VendorOffer offer, double inHouseMonthly) {
        HiddenCosts hidden = inputs.hiddenCosts();
        int term = inputs.termMonths();
        double recurring =
                offer.monthlyCharge(inputs.workload()) + hidden.monthlyGovernance() + hidden.monthlyCustomerLoss();
        double[] s = new double[term];
        for (int m = 0; m < term; m++) {
            double cost = recurring;
            if (m == 0) {
                cost += offer.transitionCostInBase() + hidden.knowledgeTransferCost();
            }
            if (m < hidden.parallelRunMonths()) {
                cost += inHouseMonthly;
            }
            if (m == term - 1) {
                cost += hidden.exitCost();
            }
            s[m] = cost;
        }
        return s;
    }

    private static OptionResult result(
            String name,
            double[] series,
            double[] inHouse,
            double inHouseTotal,
            double inHouseNpv,
            BusinessCaseInputs inputs) {
        double total = sum(series);
        double npv = Npv.presentValue(series, inputs.annualDiscountRate());
        double savings = inHouseTotal - total;
        double cumulative = 0;
        OptionalInt breakEven = OptionalInt.empty();
        for (int m = 0; m < series.length; m++) {
            cumulative += inHouse[m] - series[m];
            if (cumulative >= -1e-9 * Math.max(1, inHouseTotal)) {
                breakEven = OptionalInt.of(m + 1);
                break;
            }
        }
        List<Double> monthly = new ArrayList<>(series.length);
        for (double v : series) {
            monthly.add(v);
        }
        List<Double> annual = new ArrayList<>();
        for (int start = 0; start < series.length; start += 12) {
            double year = 0;
            for (int m = start; m < Math.min(series.length, start + 12); m++) {
                year += series[m];
            }
            annual.add(year);
        }
        return new OptionResult(
                name,
                monthly,
                annual,
                total,
                npv,
                savings,
                inHouseTotal == 0 ? 0 : savings / inHouseTotal,
                inHouseNpv - npv,
                breakEven);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
