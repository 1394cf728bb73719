package com.steward.app.savings;

import com.steward.core.costing.PricingModel;

/**
 * What an invoice line counts, one per pricing model of the costing engine ({@link PricingModel}), and how the
 * invoice check measures it.
 */
public enum UnitType {
    PRODUCTIVE_HOUR(
            PricingModel.PER_PRODUCTIVE_HOUR,
            "productive hours",
            "handled time in hours: Σ handle_seconds / 3600 of answered contacts"),
    HANDLED_MINUTE(PricingModel.PER_HANDLED_MINUTE, "handled minutes", "Σ handle_seconds / 60 of answered contacts"),
    CONTACT(PricingModel.PER_CONTACT, "handled contacts", "answered contacts"),
    FTE_MONTH(
            PricingModel.PER_FTE_MONTH,
            "FTE-months",
            "dedicated team members, each weighted by the share of the month on the team");

    private final PricingModel pricingModel;
    private final String unitName;
    private final String measuredAs;

    UnitType(PricingModel pricingModel, String unitName, String measuredAs) {
        this.pricingModel = pricingModel;
        this.unitName = unitName;
        this.measuredAs = measuredAs;
    }

    public PricingModel pricingModel() {
        return pricingModel;
    }

    public String unitName() {
        return unitName;
    }

    /** How the invoice check measures the unit (shown on the page and in the docs). */
    public String measuredAs() {
        return measuredAs;
    }

    public static UnitType of(PricingModel model) {
        for (UnitType t : values()) {
            if (t.pricingModel == model) {
                return t;
            }
        }
        throw new IllegalArgumentException("no unit for " + model);
    }
}
