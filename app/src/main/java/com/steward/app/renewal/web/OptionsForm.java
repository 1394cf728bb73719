package com.steward.app.renewal.web;

import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.renewal.OptionsInput;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.PricingModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The options page's form read over a base comparison: the fields the form does not show keep the base's values. */
final class OptionsForm {

    private OptionsForm() {}

    /** The form's fields over {@code base} (the fields the form does not show keep the base's values). */
    static OptionsInput fromForm(OptionsInput base, Map<String, String> p) {
        OptionsInput b = base.withDefaults();
        BusinessCaseInput.WorkloadInput w = b.workload();
        BusinessCaseInput.InHouseInput ih = b.inHouse();
        BusinessCaseInput.OfferInput cur = b.current();
        String altName = text(p, "alternativeName");
        BusinessCaseInput.OfferInput alternative = altName.isEmpty()
                ? null
                : new BusinessCaseInput.OfferInput(
                        altName,
                        model(p, "alternativeModel"),
                        number(p, "alternativePrice"),
                        number(p, "alternativeMinimum"),
                        null,
                        null,
                        null,
                        null,
                        null);
        return new OptionsInput(
                text(p, "name"),
                integer(p, "termMonths"),
                percent(p, "discountPercent"),
                new BusinessCaseInput.WorkloadInput(
                        number(p, "contactsPerMonth"),
                        number(p, "ahtSeconds"),
                        w.openHoursPerMonth(),
                        w.targetServiceLevel(),
                        w.targetAnswerSeconds(),
                        w.agentHoursPerMonth()),
                number(p, "governanceFte"),
                number(p, "governanceAnnualCostPerFte"),
                current(cur, p),
                number(p, "renegotiatedPrice"),
                alternative,
                new OptionsInput.SwitchInput(
                        number(p, "transitionAndTraining"),
                        number(p, "knowledgeTransfer"),
                        integer(p, "parallelRunMonths")),
                inHouse(ih, p),
                new OptionsInput.RebuildInput(
                        number(p, "hiring"), number(p, "training"), number(p, "facilities"), integer(p, "rampMonths")),
                new OptionsInput.LeavingInput(
                        number(p, "exitFee"),
                        percent(p, "churnPercent"),
                        number(p, "customersAffected"),
                        number(p, "customerLifetimeValue")),
                new OptionsInput.UncertaintyInput(
                        percent(p, "volumeSpreadPercent"),
                        percent(p, "ahtSpreadPercent"),
                        integer(p, "maxDelayMonths"),
                        integer(p, "trials")));
    }

    /** The in-house model: the form's salary and attrition over the base's other figures. */
    private static BusinessCaseInput.InHouseInput inHouse(BusinessCaseInput.InHouseInput ih, Map<String, String> p) {
        return new BusinessCaseInput.InHouseInput(
                number(p, "agentAnnualSalary"),
                ih.benefitsRate(),
                ih.payrollTaxRate(),
                ih.paidHoursPerFteYear(),
                ih.paidTimeOffRate(),
                ih.otherShrinkageRate(),
                ih.agentsPerSupervisor(),
                ih.supervisorAnnualSalary(),
                ih.supervisorsPerManager(),
                ih.managerAnnualSalary(),
                percent(p, "attritionPercent"),
                ih.recruitingCostPerHire(),
                ih.trainingCostPerHire(),
                ih.seatsPerFte(),
                ih.facilitiesPerSeatYear(),
                ih.technologyPerSeatYear(),
                ih.overheadRate());
    }

    /** The current offer: the form's model and prices over the base's name, currency and staffing figures. */
    private static BusinessCaseInput.OfferInput current(
            BusinessCaseInput.@Nullable OfferInput cur, Map<String, String> p) {
        return new BusinessCaseInput.OfferInput(
                cur == null || cur.name() == null ? text(p, "currentName") : cur.name(),
                model(p, "currentModel"),
                number(p, "currentPrice"),
                number(p, "currentMinimum"),
                null,
                cur == null ? null : cur.currency(),
                cur == null ? null : cur.exchangeRateToBase(),
                cur == null ? null : cur.paidHoursPerFteMonth(),
                cur == null ? null : cur.fteShrinkage());
    }

    private static String text(Map<String, String> p, String field) {
        String v = p.get(field);
        return v == null ? "" : v.strip();
    }

    private static Double number(Map<String, String> p, String field) {
        String v = text(p, field).replace(",", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + ": '" + v + "' is not a number");
        }
    }

    private static Double percent(Map<String, String> p, String field) {
        Double v = number(p, field);
        return v == null ? null : v / 100;
    }

    private static Integer integer(Map<String, String> p, String field) {
        Double v = number(p, field);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > 1_000_000) {
            throw new InvalidRequestException(field, field + ": must be a whole number");
        }
        return v.intValue();
    }

    private static PricingModel model(Map<String, String> p, String field) {
        String v = text(p, field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return PricingModel.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + ": unknown pricing model '" + v + "'");
        }
    }
}
