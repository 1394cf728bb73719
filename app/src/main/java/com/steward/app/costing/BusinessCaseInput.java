package com.steward.app.costing;

import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.BusinessCaseInputs;
import com.steward.core.costing.HiddenCosts;
import com.steward.core.costing.InHouseCostModel;
import com.steward.core.costing.PricingModel;
import com.steward.core.costing.VendorOffer;
import com.steward.core.costing.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The inputs of a business-case scenario as the API and the forms take them. Any number left out
 * takes its documented default ({@link #withDefaults()}: {@code InHouseCostModel.defaults()},
 * {@code HiddenCosts.defaults()}, a 36-month term at 8 % and the workload below); everything is
 * then checked by {@code core}, and a rule broken is reported with the field's path (e.g.
 * {@code inHouse.benefitsRate}, {@code offers[1].price}).
 *
 * @param name scenario name, 1–200 characters
 * @param notes free text
 * @param termMonths contract term in months, 1–600 (default 36)
 * @param annualDiscountRate discount rate per year for NPV (default 0.08)
 * @param workload volume and service goal shared by every option
 * @param inHouse the in-house cost model
 * @param hiddenCosts the costs of outsourcing that are usually forgotten
 * @param offers vendor offers, at least one, distinct names
 */
public record BusinessCaseInput(
        String name,
        String notes,
        Integer termMonths,
        Double annualDiscountRate,
        WorkloadInput workload,
        InHouseInput inHouse,
        HiddenCostsInput hiddenCosts,
        List<OfferInput> offers) {

    /** Default contract term in months. */
    public static final int DEFAULT_TERM_MONTHS = 36;

    /** Default annual discount rate. */
    public static final double DEFAULT_DISCOUNT_RATE = 0.08;

    /**
     * Workload.
     *
     * @param contactsPerMonth handled contacts per month (default 60,000)
     * @param ahtSeconds average handle time (default 300)
     * @param openHoursPerMonth open hours per month (default 365 = 12 h × 365/12 days)
     * @param targetServiceLevel service-level goal (default 0.8)
     * @param targetAnswerSeconds threshold (default 20)
     * @param agentHoursPerMonth agent hours from an interval plan; null to size with Erlang C
     */
    public record WorkloadInput(
            Double contactsPerMonth,
            Double ahtSeconds,
            Double openHoursPerMonth,
            Double targetServiceLevel,
            Double targetAnswerSeconds,
            Double agentHoursPerMonth) {}

    /** The in-house cost model; see {@link InHouseCostModel} for every field's meaning and default. */
    public record InHouseInput(
            Double agentAnnualSalary,
            Double benefitsRate,
            Double payrollTaxRate,
            Double paidHoursPerFteYear,
            Double paidTimeOffRate,
            Double otherShrinkageRate,
            Double agentsPerSupervisor,
            Double supervisorAnnualSalary,
            Double supervisorsPerManager,
            Double managerAnnualSalary,
            Double annualAttritionRate,
            Double recruitingCostPerHire,
            Double trainingCostPerHire,
            Double seatsPerFte,
            Double facilitiesPerSeatYear,
            Double technologyPerSeatYear,
            Double overheadRate) {}

    /** The forgotten costs; see {@link HiddenCosts} for every field's meaning and default. */
    public record HiddenCostsInput(
            Double governanceFte,
            Double governanceAnnualCostPerFte,
            Integer parallelRunMonths,
            Double knowledgeTransferCost,
            Double exitCost,
            Double extraAnnualChurnRate,
            Double customersAffected,
            Double customerLifetimeValue) {}

    /**
     * A vendor offer; see {@link VendorOffer}. Defaults: no minimum, no transition fee, base
     * currency at rate 1, 173.3 paid hours per FTE-month, 30 % vendor shrinkage.
     */
    public record OfferInput(
            String name,
            PricingModel pricingModel,
            Double price,
            Double monthlyMinimum,
            Double transitionCost,
            String currency,
            Double exchangeRateToBase,
            Double paidHoursPerFteMonth,
            Double fteShrinkage) {}

    /** A new scenario with every default filled in and one example offer. */
    public static BusinessCaseInput template(String name) {
        return new BusinessCaseInput(
                        name,
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new OfferInput(
                                "Vendor A",
                                PricingModel.PER_PRODUCTIVE_HOUR,
                                32.0,
                                null,
                                150_000.0,
                                null,
                                null,
                                null,
                                null)))
                .withDefaults();
    }

    /** The same inputs with every missing value set to its default. */
    public BusinessCaseInput withDefaults() {
        WorkloadInput w = workload == null ? new WorkloadInput(null, null, null, null, null, null) : workload;
        InHouseCostModel ih = InHouseCostModel.defaults();
        InHouseInput i = inHouse == null
                ? new InHouseInput(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null)
                : inHouse;
        HiddenCosts hd = HiddenCosts.defaults();
        HiddenCostsInput h = hiddenCosts == null
                ? new HiddenCostsInput(null, null, null, null, null, null, null, null)
                : hiddenCosts;
        List<OfferInput> filled = new ArrayList<>();
        if (offers != null) {
            for (OfferInput o : offers) {
                if (o == null) {
                    continue;
                }
                filled.add(new OfferInput(
                        o.name() == null ? null : o.name().strip(),
                        o.pricingModel(),
                        o.price(),
                        or(o.monthlyMinimum(), 0.0),
                        or(o.transitionCost(), 0.0),
                        o.currency() == null || o.currency().isBlank()
                                ? "BASE"
                                : o.currency().strip(),
                        or(o.exchangeRateToBase(), 1.0),
                        or(o.paidHoursPerFteMonth(), VendorOffer.DEFAULT_PAID_HOURS_PER_FTE_MONTH),
                        or(o.fteShrinkage(), 0.30)));
            }
        }
        return new BusinessCaseInput(
                name == null ? null : name.strip(),
                notes == null ? "" : notes,
                or(termMonths, DEFAULT_TERM_MONTHS),
                or(annualDiscountRate, DEFAULT_DISCOUNT_RATE),
                new WorkloadInput(
                        or(w.contactsPerMonth(), 60_000.0),
                        or(w.ahtSeconds(), 300.0),
                        or(w.openHoursPerMonth(), Workload.DEFAULT_OPEN_HOURS_PER_MONTH),
                        or(w.targetServiceLevel(), 0.8),
                        or(w.targetAnswerSeconds(), 20.0),
                        w.agentHoursPerMonth()),
                new InHouseInput(
                        or(i.agentAnnualSalary(), ih.agentAnnualSalary()),
                        or(i.benefitsRate(), ih.benefitsRate()),
                        or(i.payrollTaxRate(), ih.payrollTaxRate()),
                        or(i.paidHoursPerFteYear(), ih.paidHoursPerFteYear()),
                        or(i.paidTimeOffRate(), ih.paidTimeOffRate()),
                        or(i.otherShrinkageRate(), ih.otherShrinkageRate()),
                        or(i.agentsPerSupervisor(), ih.agentsPerSupervisor()),
                        or(i.supervisorAnnualSalary(), ih.supervisorAnnualSalary()),
                        or(i.supervisorsPerManager(), ih.supervisorsPerManager()),
                        or(i.managerAnnualSalary(), ih.managerAnnualSalary()),
                        or(i.annualAttritionRate(), ih.annualAttritionRate()),
                        or(i.recruitingCostPerHire(), ih.recruitingCostPerHire()),
                        or(i.trainingCostPerHire(), ih.trainingCostPerHire()),
                        or(i.seatsPerFte(), ih.seatsPerFte()),
                        or(i.facilitiesPerSeatYear(), ih.facilitiesPerSeatYear()),
                        or(i.technologyPerSeatYear(), ih.technologyPerSeatYear()),
                        or(i.overheadRate(), ih.overheadRate())),
                new HiddenCostsInput(
                        or(h.governanceFte(), hd.governanceFte()),
                        or(h.governanceAnnualCostPerFte(), hd.governanceAnnualCostPerFte()),
                        or(h.parallelRunMonths(), hd.parallelRunMonths()),
                        or(h.knowledgeTransferCost(), hd.knowledgeTransferCost()),
                        or(h.exitCost(), hd.exitCost()),
                        or(h.extraAnnualChurnRate(), hd.extraAnnualChurnRate()),
                        or(h.customersAffected(), hd.customersAffected()),
                        or(h.customerLifetimeValue(), hd.customerLifetimeValue())),
                filled);
    }

    /**
     * Checks the (defaulted) inputs and builds {@code core}'s inputs.
     *
     * @throws InvalidRequestException naming the first field that breaks a rule
     */
    public BusinessCaseInputs toCore() {
        BusinessCaseInput in = withDefaults();
        if (in.name() == null || in.name().isBlank()) {
            throw new InvalidRequestException("name", "name must not be blank");
        }
        if (in.name().length() > 200) {
            throw new InvalidRequestException("name", "name must be at most 200 characters");
        }
        if (in.notes().length() > 4000) {
            throw new InvalidRequestException("notes", "notes must be at most 4000 characters");
        }
        WorkloadInput w = in.workload();
        Workload workload = checked(
                "workload",
                () -> new Workload(
                        w.contactsPerMonth(),
                        w.ahtSeconds(),
                        w.openHoursPerMonth(),
                        w.targetServiceLevel(),
                        w.targetAnswerSeconds(),
                        w.agentHoursPerMonth() == null ? Double.NaN : w.agentHoursPerMonth()));
        InHouseInput i = in.inHouse();
        InHouseCostModel inHouseModel = checked(
                "inHouse",
                () -> new InHouseCostModel(
                        i.agentAnnualSalary(),
                        i.benefitsRate(),
                        i.payrollTaxRate(),
                        i.paidHoursPerFteYear(),
                        i.paidTimeOffRate(),
                        i.otherShrinkageRate(),
                        i.agentsPerSupervisor(),
                        i.supervisorAnnualSalary(),
                        i.supervisorsPerManager(),
                        i.managerAnnualSalary(),
                        i.annualAttritionRate(),
                        i.recruitingCostPerHire(),
                        i.trainingCostPerHire(),
                        i.seatsPerFte(),
                        i.facilitiesPerSeatYear(),
                        i.technologyPerSeatYear(),
                        i.overheadRate()));
        HiddenCostsInput h = in.hiddenCosts();
        HiddenCosts hidden = checked(
                "hiddenCosts",
                () -> new HiddenCosts(
                        h.governanceFte(),
                        h.governanceAnnualCostPerFte(),
                        h.parallelRunMonths(),
                        h.knowledgeTransferCost(),
                        h.exitCost(),
                        h.extraAnnualChurnRate(),
                        h.customersAffected(),
                        h.customerLifetimeValue()));
        if (in.offers().isEmpty()) {
            throw new InvalidRequestException("offers", "offers must not be empty: give at least one vendor offer");
        }
        List<VendorOffer> coreOffers = new ArrayList<>();
        for (int k = 0; k < in.offers().size(); k++) {
            OfferInput o = in.offers().get(k);
            String path = "offers[" + k + "]";
            if (o.pricingModel() == null) {
                throw new InvalidRequestException(path + ".pricingModel", "pricingModel is required");
            }
            if (o.price() == null) {
                throw new InvalidRequestException(path + ".price", "price is required");
            }
            coreOffers.add(checked(
                    path,
                    () -> new VendorOffer(
                            o.name(),
                            o.pricingModel(),
                            o.price(),
                            o.monthlyMinimum(),
                            o.transitionCost(),
                            o.currency(),
                            o.exchangeRateToBase(),
                            o.paidHoursPerFteMonth(),
                            o.fteShrinkage())));
        }
        BusinessCaseInputs inputs = checked(
                "",
                () -> new BusinessCaseInputs(
                        workload, inHouseModel, coreOffers, hidden, in.termMonths(), in.annualDiscountRate()));
        // sizing runs Erlang C; surface its limits as a workload error rather than a failure
        checked("workload", () -> workload.agentHoursPerMonth());
        return inputs;
    }

    /** Runs a core constructor, turning its IllegalArgumentException into an error naming the field. */
    static <T> T checked(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            String field = message.split("[ ,]", 2)[0];
            if (field.equals("need")) {
                field = "mode";
            }
            String path = prefix.isEmpty() ? field : prefix + "." + field;
            if (prefix.startsWith("offers[") && field.equals("offers")) {
                path = "offers";
            }
            throw new InvalidRequestException(path, path + ": " + message);
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
