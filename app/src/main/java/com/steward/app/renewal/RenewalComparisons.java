package com.steward.app.renewal;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.costing.PricingModel;
import com.steward.core.renewal.Chances;
import com.steward.core.renewal.ExitOptions;
import com.steward.core.renewal.OptionOutcome;
import com.steward.core.renewal.OptionsComparison;
import com.steward.core.renewal.RenewalOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Renew, switch or bring the work home: the options compared from the contract's business case (or its invoice),
 * evaluated with their chances, and stored as evidence. The client's internal cost model: client staff only.
 */
@Component
class RenewalComparisons {

    private final RenewalRepository repository;
    private final Contracts contracts;
    private final BusinessCaseScenarios businessCases;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RenewalComparisons(
            RenewalRepository repository,
            Contracts contracts,
            BusinessCaseScenarios businessCases,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.contracts = contracts;
        this.businessCases = businessCases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Inputs to start a comparison from: the contract's linked business case (workload, in-house model, governance,
     * the linked offer as the current price, another offer of the case as the alternative, its switching and churn
     * figures) when there is one; otherwise the business-case defaults with the contract's monthly invoice as a flat
     * current price.
     */
    OptionsInput defaults(long contractId) {
        requireStaff();
        Contract contract = contracts.get(contractId);
        String name = "Renewal options " + contract.name();
        Optional<OptionsInput> fromCase = fromBusinessCase(contract, name);
        if (fromCase.isPresent()) {
            return fromCase.get();
        }
        double invoice = contract.monthlyInvoice() == null ? 0 : contract.monthlyInvoice();
        return new OptionsInput(
                        name,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new BusinessCaseInput.OfferInput(
                                contract.vendorName(),
                                PricingModel.PER_CONTACT,
                                0.0,
                                invoice,
                                0.0,
                                null,
                                null,
                                null,
                                null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .withDefaults();
    }

    /** Comparison inputs drawn from the contract's linked business case, if it has one that still exists. */
    private Optional<OptionsInput> fromBusinessCase(Contract contract, String name) {
        Optional<Contracts.LinkedOffer> linked = contracts.linkedOffer(contract.id());
        if (linked.isPresent()) {
            try {
                BusinessCaseScenario scenario = businessCases.get(linked.get().businessCaseId());
                BusinessCaseInput in = scenario.inputs().withDefaults();
                BusinessCaseInput.OfferInput current = renamed(linked.get().offer(), contract.vendorName());
                BusinessCaseInput.OfferInput alternative = in.offers().stream()
                        .filter(o -> !o.name().equals(linked.get().offer().name()))
                        .findFirst()
                        .orElse(null);
                if (alternative != null && alternative.name().equals(current.name())) {
                    alternative = renamed(alternative, alternative.name() + " (alternative)");
                }
                BusinessCaseInput.HiddenCostsInput h = in.hiddenCosts();
                return Optional.of(new OptionsInput(
                                name,
                                in.termMonths(),
                                in.annualDiscountRate(),
                                in.workload(),
                                h.governanceFte(),
                                h.governanceAnnualCostPerFte(),
                                current,
                                null,
                                alternative,
                                new OptionsInput.SwitchInput(
                                        alternative == null ? 0.0 : alternative.transitionCost(),
                                        h.knowledgeTransferCost(),
                                        h.parallelRunMonths()),
                                in.inHouse(),
                                null,
                                new OptionsInput.LeavingInput(
                                        h.exitCost(),
                                        h.extraAnnualChurnRate(),
                                        h.customersAffected(),
                                        h.customerLifetimeValue()),
                                null)
                        .withDefaults());
            } catch (NotFoundException e) {
                // the linked case was deleted: fall back to the defaults below
            }
        }
        return Optional.empty();
    }

    /** Evaluates inputs for a contract without storing them (client staff). */
    OptionsEvaluation evaluate(long contractId, OptionsInput input) {
        requireStaff();
        contracts.get(contractId);
        return evaluation(contractId, 0, input);
    }

    /** Stores a comparison (ADMIN, MANAGER); its inputs are checked first. */
    StoredComparison saveComparison(long contractId, OptionsInput input) {
        Contract contract = contracts.get(contractId);
        if (input == null) {
            throw new InvalidRequestException("name", "name: give the comparison a name");
        }
        OptionsInput filled = input.withDefaults();
        RenewalOptions core = filled.toCore();
        filled.uncertainty(core);
        filled.trials();
        long id = repository.insertComparison(
                contractId, contract.vendorId(), filled, access.currentActor(), clock.instant());
        StoredComparison stored = repository.comparison(id).orElseThrow();
        audit.record(AuditAction.CREATE, Renewals.AUDIT_COMPARISON, id, contract.vendorId(), null, stored);
        return stored;
    }

    /** The contract's stored comparisons, newest first (client staff). */
    List<StoredComparison> comparisons(long contractId) {
        requireStaff();
        contracts.get(contractId);
        return repository.comparisons(contractId);
    }

    /** A stored comparison, evaluated (client staff). */
    OptionsEvaluation comparison(long comparisonId) {
        requireStaff();
        StoredComparison stored = repository
                .comparison(comparisonId)
                .orElseThrow(() -> RemediationNotFoundException.comparison(comparisonId));
        return evaluation(stored.contractId(), stored.id(), stored.inputs());
    }

    /** The contract's latest stored comparison, evaluated (client staff). */
    Optional<OptionsEvaluation> latestComparison(long contractId) {
        return comparisons(contractId).stream().findFirst().map(c -> evaluation(contractId, c.id(), c.inputs()));
    }

    static OptionsEvaluation evaluation(long contractId, long comparisonId, OptionsInput input) {
        if (input == null) {
            throw new InvalidRequestException("name", "name: give the comparison a name");
        }
        OptionsInput filled = input.withDefaults();
        RenewalOptions core = filled.toCore();
        int trials = filled.trials();
        OptionsComparison comparison = ExitOptions.compare(core);
        Chances chances = ExitOptions.chanceOfBeatingCurrent(core, filled.uncertainty(core), trials, OptionsInput.SEED);
        List<OptionsEvaluation.Option> options = new ArrayList<>();
        for (OptionOutcome o : comparison.options()) {
            Double chance = switch (o.kind()) {
                case RENEW -> null;
                case SWITCH -> chances.switchOption();
                case IN_HOUSE -> chances.inHouse();
            };
            options.add(new OptionsEvaluation.Option(
                    o.kind().name(),
                    o.name(),
                    o.totalCost(),
                    o.npv(),
                    o.oneTimeCosts(),
                    o.savingsVsCurrent(),
                    o.savingsPercentVsCurrent(),
                    o.npvSavingsVsCurrent(),
                    o.breakEvenMonth().isPresent() ? o.breakEvenMonth().getAsInt() : null,
                    chance,
                    o.monthlyCosts(),
                    o.cumulativeCosts()));
        }
        return new OptionsEvaluation(
                contractId,
                comparisonId,
                filled.name(),
                comparison.termMonths(),
                comparison.annualDiscountRate(),
                trials,
                OptionsInput.SEED,
                options,
                comparison.cheapest().kind().name(),
                filled);
    }

    /** Client staff only: the comparison and decisions are the client's internal cost model. */
    void requireStaff() {
        if (!access.currentScope().unrestricted()) {
            throw new AccessDeniedException("The client's internal cost model is not shown to vendors");
        }
    }

    private static BusinessCaseInput.OfferInput renamed(BusinessCaseInput.OfferInput o, String name) {
        return new BusinessCaseInput.OfferInput(
                name,
                o.pricingModel(),
                o.price(),
                o.monthlyMinimum(),
                o.transitionCost(),
                o.currency(),
                o.exchangeRateToBase(),
                o.paidHoursPerFteMonth(),
                o.fteShrinkage());
    }
}
