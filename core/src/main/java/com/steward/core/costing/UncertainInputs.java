package com.steward.core.costing;

/**
 * Distributions of the uncertain business-case inputs. Sampled values are clamped to their valid
 * range (contacts ≥ 0, AHT ≥ 1 s, rates in [0, 1], months rounded to a whole number in [0, term]).
 *
 * @param contactsPerMonth monthly volume
 * @param ahtSeconds average handle time
 * @param annualAttritionRate in-house agent attrition per year
 * @param extraAnnualChurnRate extra customer churn caused by outsourcing
 * @param parallelRunMonths ramp length: months of parallel running
 */
public record UncertainInputs(
        Distribution contactsPerMonth,
        Distribution ahtSeconds,
        Distribution annualAttritionRate,
        Distribution extraAnnualChurnRate,
        Distribution parallelRunMonths) {

    public UncertainInputs {
        Checks.notNull("contactsPerMonth", contactsPerMonth);
        Checks.notNull("ahtSeconds", ahtSeconds);
        Checks.notNull("annualAttritionRate", annualAttritionRate);
        Checks.notNull("extraAnnualChurnRate", extraAnnualChurnRate);
        Checks.notNull("parallelRunMonths", parallelRunMonths);
    }

    /** Every input fixed at its value in {@code base} (no uncertainty). */
    public static UncertainInputs fixedAt(BusinessCaseInputs base) {
        return new UncertainInputs(
                Distribution.fixed(base.workload().contactsPerMonth()),
                Distribution.fixed(base.workload().ahtSeconds()),
                Distribution.fixed(base.inHouse().annualAttritionRate()),
                Distribution.fixed(base.hiddenCosts().extraAnnualChurnRate()),
                Distribution.fixed(base.hiddenCosts().parallelRunMonths()));
    }

    public UncertainInputs withContactsPerMonth(Distribution d) {
        return new UncertainInputs(d, ahtSeconds, annualAttritionRate, extraAnnualChurnRate, parallelRunMonths);
    }

    public UncertainInputs withAhtSeconds(Distribution d) {
        return new UncertainInputs(contactsPerMonth, d, annualAttritionRate, extraAnnualChurnRate, parallelRunMonths);
    }

    public UncertainInputs withAnnualAttritionRate(Distribution d) {
        return new UncertainInputs(contactsPerMonth, ahtSeconds, d, extraAnnualChurnRate, parallelRunMonths);
    }

    public UncertainInputs withExtraAnnualChurnRate(Distribution d) {
        return new UncertainInputs(contactsPerMonth, ahtSeconds, annualAttritionRate, d, parallelRunMonths);
    }

    public UncertainInputs withParallelRunMonths(Distribution d) {
        return new UncertainInputs(contactsPerMonth, ahtSeconds, annualAttritionRate, extraAnnualChurnRate, d);
    }
}
