package com.steward.app.renewal;

import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.BusinessCaseInputs;
import com.steward.core.costing.InHouseCostModel;
import com.steward.core.costing.VendorOffer;
import com.steward.core.renewal.LeavingCosts;
import com.steward.core.renewal.RebuildCosts;
import com.steward.core.renewal.RenewalOptions;
import com.steward.core.renewal.SwitchCosts;
import com.steward.core.renewal.Uncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The inputs of an exit option comparison as the API and the form take them. The workload, in-house model and offers
 * have the business case's shapes and defaults ({@link BusinessCaseInput}); every rule broken is reported with the
 * field's path (e.g. {@code current.price}, {@code switching.parallelRunMonths}).
 *
 * @param name comparison name, 1–200 characters
 * @param termMonths months compared, 1–120 (default 36)
 * @param annualDiscountRate discount rate per year (default 0.08)
 * @param workload volume and service goal the options are priced on
 * @param governanceFte client staff managing a vendor (default 1.5)
 * @param governanceAnnualCostPerFte loaded annual cost of one (default 90,000)
 * @param current the current vendor's price
 * @param renegotiatedPrice a renegotiated price per unit for RENEW, or null to renew at the current price
 * @param alternative another vendor's offer, or null
 * @param switching one-time costs of the switch
 * @param inHouse in-house cost model
 * @param rebuild one-time costs of rebuilding in house
 * @param leaving costs of leaving the current vendor
 * @param uncertainty what the Monte Carlo varies
 */
public record OptionsInput(
        String name,
        Integer termMonths,
        Double annualDiscountRate,
        BusinessCaseInput.WorkloadInput workload,
        Double governanceFte,
        Double governanceAnnualCostPerFte,
        BusinessCaseInput.OfferInput current,
        Double renegotiatedPrice,
        BusinessCaseInput.OfferInput alternative,
        SwitchInput switching,
        BusinessCaseInput.InHouseInput inHouse,
        RebuildInput rebuild,
        LeavingInput leaving,
        UncertaintyInput uncertainty) {

    /** Default months compared. */
    public static final int DEFAULT_TERM_MONTHS = 36;

    /** Most Monte Carlo trials. */
    public static final int MAX_TRIALS = 20_000;

    /** The seed of every comparison's Monte Carlo, so that a comparison shows the same chances every time. */
    public static final long SEED = 20_260_401L;

    /**
     * @param transitionAndTraining the new vendor's set-up and training fee (default 0)
     * @param knowledgeTransfer the client's cost of training the new vendor (default 0)
     * @param parallelRunMonths months both vendors run (default 2)
     */
    public record SwitchInput(Double transitionAndTraining, Double knowledgeTransfer, Integer parallelRunMonths) {}

    /**
     * @param hiring recruiting the team (default 0)
     * @param training initial training (default 0)
     * @param facilities seats and set-up (default 0)
     * @param rampMonths months the current vendor keeps running while the team ramps (default 3)
     */
    public record RebuildInput(Double hiring, Double training, Double facilities, Integer rampMonths) {}

    /**
     * @param exitFee exit fee under the current contract (default 0)
     * @param transitionChurnRate share of affected customers lost in the transition (default 0)
     * @param customersAffected customers served by the queues that move (default 0)
     * @param customerLifetimeValue lifetime value of one customer (default 0)
     */
    public record LeavingInput(
            Double exitFee, Double transitionChurnRate, Double customersAffected, Double customerLifetimeValue) {}

    /**
     * @param volumeSpread ± share around the volume (default 0.15)
     * @param ahtSpread ± share around the AHT (default 0.10)
     * @param maxDelayMonths most months a switch or rebuild may run late (default 2)
     * @param trials Monte Carlo trials, 100–20,000 (default 2,000)
     */
    public record UncertaintyInput(Double volumeSpread, Double ahtSpread, Integer maxDelayMonths, Integer trials) {}

    /** The same inputs with every missing value set to its default (offers keep the business case's defaults). */
    public OptionsInput withDefaults() {
        BusinessCaseInput filled = asBusinessCase().withDefaults();
        SwitchInput s = switching == null ? new SwitchInput(null, null, null) : switching;
        RebuildInput r = rebuild == null ? new RebuildInput(null, null, null, null) : rebuild;
        LeavingInput l = leaving == null ? new LeavingInput(null, null, null, null) : leaving;
        UncertaintyInput u = uncertainty == null ? new UncertaintyInput(null, null, null, null) : uncertainty;
        List<BusinessCaseInput.OfferInput> offers = filled.offers();
        return new OptionsInput(
                name == null ? null : name.strip(),
                or(termMonths, DEFAULT_TERM_MONTHS),
                filled.annualDiscountRate(),
                filled.workload(),
                filled.hiddenCosts().governanceFte(),
                filled.hiddenCosts().governanceAnnualCostPerFte(),
                current == null ? null : offers.getFirst(),
                renegotiatedPrice,
                alternative == null ? null : offers.getLast(),
                new SwitchInput(
                        or(s.transitionAndTraining(), 0.0),
                        or(s.knowledgeTransfer(), 0.0),
                        or(s.parallelRunMonths(), 2)),
                filled.inHouse(),
                new RebuildInput(
                        or(r.hiring(), 0.0), or(r.training(), 0.0), or(r.facilities(), 0.0), or(r.rampMonths(), 3)),
                new LeavingInput(
                        or(l.exitFee(), 0.0),
                        or(l.transitionChurnRate(), 0.0),
                        or(l.customersAffected(), 0.0),
                        or(l.customerLifetimeValue(), 0.0)),
                new UncertaintyInput(
                        or(u.volumeSpread(), 0.15),
                        or(u.ahtSpread(), 0.10),
                        or(u.maxDelayMonths(), 2),
                        or(u.trials(), 2_000)));
    }

    /** Checks the (defaulted) inputs and builds {@code core}'s. */
    public RenewalOptions toCore() {
        OptionsInput in = withDefaults();
        if (in.name() == null || in.name().isBlank()) {
            throw new InvalidRequestException("name", "name: give the comparison a name");
        }
        if (in.name().length() > 200) {
            throw new InvalidRequestException("name", "name: at most 200 characters");
        }
        if (in.termMonths() < 1 || in.termMonths() > 120) {
            throw new InvalidRequestException("termMonths", "termMonths: must be 1 to 120 months");
        }
        if (in.current() == null) {
            throw new InvalidRequestException("current", "current: give the current vendor's price");
        }
        if (in.renegotiatedPrice() != null && !(in.renegotiatedPrice() >= 0)) {
            throw new InvalidRequestException("renegotiatedPrice", "renegotiatedPrice: must be a number >= 0");
        }
        if (in.alternative() != null
                && in.alternative().name() != null
                && in.alternative().name().equals(in.current().name())) {
            throw new InvalidRequestException(
                    "alternative.name", "alternative.name: must differ from the current vendor's name");
        }
        BusinessCaseInputs engine = in.engineInputs();
        VendorOffer currentOffer = engine.offers().getFirst();
        if (in.renegotiatedPrice() != null) {
            VendorOffer c = currentOffer;
            currentOffer = new VendorOffer(
                    c.name(),
                    c.pricingModel(),
                    in.renegotiatedPrice(),
                    c.monthlyMinimum(),
                    c.transitionCost(),
                    c.currency(),
                    c.exchangeRateToBase(),
                    c.paidHoursPerFteMonth(),
                    c.fteShrinkage());
        }
        VendorOffer alternativeOffer =
                in.alternative() == null ? null : engine.offers().getLast();
        SwitchInput s = in.switching();
        RebuildInput r = in.rebuild();
        LeavingInput l = in.leaving();
        InHouseCostModel inHouseModel = engine.inHouse();
        VendorOffer cur = currentOffer;
        return checked(
                "",
                () -> new RenewalOptions(
                        engine.workload(),
                        in.termMonths(),
                        engine.annualDiscountRate(),
                        engine.hiddenCosts().governanceFte(),
                        engine.hiddenCosts().governanceAnnualCostPerFte(),
                        cur,
                        alternativeOffer,
                        checked(
                                "switching",
                                () -> new SwitchCosts(
                                        s.transitionAndTraining(), s.knowledgeTransfer(), s.parallelRunMonths())),
                        inHouseModel,
                        checked(
                                "rebuild",
                                () -> new RebuildCosts(r.hiring(), r.training(), r.facilities(), r.rampMonths())),
                        checked(
                                "leaving",
                                () -> new LeavingCosts(
                                        l.exitFee(),
                                        l.transitionChurnRate(),
                                        l.customersAffected(),
                                        l.customerLifetimeValue()))));
    }

    /** The Monte Carlo's distributions and trials, checked. */
    public Uncertainty uncertainty(RenewalOptions base) {
        UncertaintyInput u = withDefaults().uncertainty();
        return checked(
                "uncertainty", () -> Uncertainty.around(base, u.volumeSpread(), u.ahtSpread(), u.maxDelayMonths()));
    }

    /** Monte Carlo trials, checked. */
    public int trials() {
        int trials = withDefaults().uncertainty().trials();
        if (trials < 100 || trials > MAX_TRIALS) {
            throw new InvalidRequestException("uncertainty.trials", "uncertainty.trials: must be 100 to " + MAX_TRIALS);
        }
        return trials;
    }

    /**
     * The engine's own inputs (checked by {@link BusinessCaseInput#toCore}); its error paths are renamed to this
     * record's ({@code offers[0]} → {@code current}, {@code offers[1]} → {@code alternative}, {@code hiddenCosts.}
     * → the governance fields).
     */
    private BusinessCaseInputs engineInputs() {
        try {
            return asBusinessCase().toCore();
        } catch (InvalidRequestException e) {
            String field = rename(e.field());
            String message = String.valueOf(e.getMessage());
            if (e.field() != null && message.startsWith(e.field())) {
                message = field + message.substring(e.field().length());
            }
            throw new InvalidRequestException(field, message);
        }
    }

    private BusinessCaseInput asBusinessCase() {
        List<BusinessCaseInput.OfferInput> offers = new ArrayList<>();
        if (current != null) {
            offers.add(current);
        }
        if (alternative != null) {
            offers.add(alternative);
        }
        return new BusinessCaseInput(
                name == null || name.isBlank() ? "renewal" : name,
                "",
                termMonths == null ? DEFAULT_TERM_MONTHS : Math.max(1, Math.min(600, termMonths)),
                annualDiscountRate,
                workload,
                inHouse,
                new BusinessCaseInput.HiddenCostsInput(
                        governanceFte, governanceAnnualCostPerFte, 0, 0.0, 0.0, 0.0, 0.0, 0.0),
                offers);
    }

    private String rename(String field) {
        if (field == null) {
            return "";
        }
        boolean hasCurrent = current != null;
        if (field.startsWith("offers[0]")) {
            return (hasCurrent ? "current" : "alternative") + field.substring("offers[0]".length());
        }
        if (field.startsWith("offers[1]")) {
            return "alternative" + field.substring("offers[1]".length());
        }
        if (field.equals("offers")) {
            return "current";
        }
        if (field.startsWith("hiddenCosts.")) {
            return field.substring("hiddenCosts.".length());
        }
        return field;
    }

    private static <T> T checked(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String field = message.split("[ ,]", 2)[0];
            String path = prefix.isEmpty() ? field : prefix + "." + field;
            throw new InvalidRequestException(path, path + ": " + message);
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
