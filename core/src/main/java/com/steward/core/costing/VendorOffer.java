package com.steward.core.costing;

/**
 * A vendor's price offer.
 *
 * @param name option name shown in the business case
 * @param pricingModel unit of the price
 * @param price price per unit, in the offer currency
 * @param monthlyMinimum minimum monthly invoice, in the offer currency (0 for none)
 * @param transitionCost one-time transition (set-up, recruiting, training) fee, in the offer currency
 * @param currency ISO code of the offer currency
 * @param exchangeRateToBase base-currency units per one unit of the offer currency, &gt; 0
 * @param paidHoursPerFteMonth paid hours of one vendor FTE per month (used by {@link
 *     PricingModel#PER_FTE_MONTH})
 * @param fteShrinkage vendor shrinkage in [0, 1) (used by {@link PricingModel#PER_FTE_MONTH})
 */
public record VendorOffer(
        String name,
        PricingModel pricingModel,
        double price,
        double monthlyMinimum,
        double transitionCost,
        String currency,
        double exchangeRateToBase,
        double paidHoursPerFteMonth,
        double fteShrinkage) {

    /** Default paid hours per FTE-month, 2,080 / 12. */
    public static final double DEFAULT_PAID_HOURS_PER_FTE_MONTH = 2080 / 12.0;

    public VendorOffer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Checks.notNull("pricingModel", pricingModel);
        Checks.nonNegative("price", price);
        Checks.nonNegative("monthlyMinimum", monthlyMinimum);
        Checks.nonNegative("transitionCost", transitionCost);
        if (currency == null || currency.isBlank()) {
            throw new IllegalArgumentException("currency must not be blank");
        }
        Checks.positive("exchangeRateToBase", exchangeRateToBase);
        Checks.positive("paidHoursPerFteMonth", paidHoursPerFteMonth);
        Checks.rate("fteShrinkage", fteShrinkage);
    }

    /** An offer in the base currency with no minimum and no transition fee, 30 % FTE shrinkage. */
    public static VendorOffer of(String name, PricingModel model, double price) {
        return new VendorOffer(name, model, price, 0, 0, "BASE", 1, DEFAULT_PAID_HOURS_PER_FTE_MONTH, 0.30);
    }

    public VendorOffer withMonthlyMinimum(double minimum) {
        return new VendorOffer(
                name,
                pricingModel,
                price,
                minimum,
                transitionCost,
                currency,
                exchangeRateToBase,
                paidHoursPerFteMonth,
                fteShrinkage);
    }

    public VendorOffer withTransitionCost(double cost) {
        return new VendorOffer(
                name,
                pricingModel,
                price,
                monthlyMinimum,
                cost,
                currency,
                exchangeRateToBase,
                paidHoursPerFteMonth,
                fteShrinkage);
    }

    /** The same offer priced in {@code code}, with {@code rateToBase} base units per unit. */
    public VendorOffer inCurrency(String code, double rateToBase) {
        return new VendorOffer(
                name,
                pricingModel,
                price,
                monthlyMinimum,
                transitionCost,
                code,
                rateToBase,
                paidHoursPerFteMonth,
                fteShrinkage);
    }

    /** Billable units per month for {@code workload}. */
    public double billableUnits(Workload workload) {
        return switch (pricingModel) {
            case PER_PRODUCTIVE_HOUR -> workload.agentHoursPerMonth();
            case PER_HANDLED_MINUTE -> workload.handledMinutes();
            case PER_CONTACT -> workload.contactsPerMonth();
            case PER_FTE_MONTH -> workload.agentHoursPerMonth() / (paidHoursPerFteMonth * (1 - fteShrinkage));
        };
    }

    /** Monthly invoice in the base currency: max(minimum, price × units) × exchange rate. */
    public double monthlyCharge(Workload workload) {
        return Math.max(monthlyMinimum, price * billableUnits(workload)) * exchangeRateToBase;
    }

    /** One-time transition fee in the base currency. */
    public double transitionCostInBase() {
        return transitionCost * exchangeRateToBase;
    }
}
