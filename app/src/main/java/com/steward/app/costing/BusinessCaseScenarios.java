package com.steward.app.costing;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.BusinessCase;
import com.steward.core.costing.BusinessCaseInputs;
import com.steward.core.costing.BusinessCases;
import com.steward.core.costing.OptionResult;
import com.steward.core.costing.SavingsRisk;
import com.steward.core.costing.SavingsRiskResult;
import com.steward.core.costing.UncertainInputs;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business-case scenarios: stored, copied, compared and evaluated with {@code core}'s cost model.
 * Every create, update and delete is audited with the scenario before and after.
 */
@Service
public class BusinessCaseScenarios {

    static final String AUDIT_TYPE = "business_case";

    /** Most scenarios one comparison may hold. */
    public static final int MAX_COMPARED = 8;

    private final BusinessCaseRepository repository;
    private final AuditLog audit;
    private final VendorAccess access;
    private final Clock clock;

    BusinessCaseScenarios(BusinessCaseRepository repository, AuditLog audit, VendorAccess access, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public List<BusinessCaseScenario> all() {
        return repository.findAll();
    }

    public BusinessCaseScenario get(long id) {
        return repository.findById(id).orElseThrow(() -> BusinessCaseNotFoundException.forId(id));
    }

    @Transactional
    public BusinessCaseScenario create(BusinessCaseInput input) {
        BusinessCaseInput filled = validated(input);
        long id = repository.insert(filled, access.currentActor(), clock.instant());
        BusinessCaseScenario created = get(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, null, null, created);
        return created;
    }

    @Transactional
    public BusinessCaseScenario update(long id, BusinessCaseInput input) {
        BusinessCaseScenario before = get(id);
        BusinessCaseInput filled = validated(input);
        repository.update(id, filled, clock.instant());
        BusinessCaseScenario after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, null, before, after);
        return after;
    }

    /** A new scenario with the same inputs, named {@code name} or "Copy of …". */
    @Transactional
    public BusinessCaseScenario copy(long id, String name) {
        BusinessCaseScenario source = get(id);
        String copyName = name == null || name.isBlank() ? "Copy of " + source.name() : name.strip();
        if (copyName.length() > 200) {
            copyName = copyName.substring(0, 200);
        }
        BusinessCaseInput in = source.inputs();
        return create(new BusinessCaseInput(
                copyName,
                in.notes(),
                in.termMonths(),
                in.annualDiscountRate(),
                in.workload(),
                in.inHouse(),
                in.hiddenCosts(),
                in.offers()));
    }

    @Transactional
    public void delete(long id) {
        BusinessCaseScenario before = get(id);
        repository.delete(id);
        audit.record(AuditAction.DELETE, AUDIT_TYPE, id, null, before, null);
    }

    public ScenarioEvaluation evaluate(long id) {
        BusinessCaseScenario scenario = get(id);
        return evaluate(id, scenario.inputs());
    }

    /** Evaluates inputs (stored or not; {@code id} 0 for unsaved). */
    public static ScenarioEvaluation evaluate(long id, BusinessCaseInput input) {
        BusinessCaseInputs inputs = input.toCore();
        BusinessCase result = BusinessCases.evaluate(inputs);
        List<ScenarioEvaluation.Option> options = new ArrayList<>();
        options.add(option(result.inHouse(), true));
        result.vendors().forEach(v -> options.add(option(v, false)));
        return new ScenarioEvaluation(
                id,
                input.name(),
                inputs.termMonths(),
                inputs.annualDiscountRate(),
                inputs.workload().agentHoursPerMonth(),
                result.inHouseMonthly(),
                options);
    }

    /** The evaluations of several scenarios, in the order asked, each at most once. */
    public List<ScenarioEvaluation> compare(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequestException("ids", "ids must name at least one business case");
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.size() > MAX_COMPARED) {
            throw new InvalidRequestException("ids", "compare at most " + MAX_COMPARED + " business cases at once");
        }
        return distinct.stream().map(this::evaluate).toList();
    }

    /** Monte Carlo of one offer's savings under the request's distributions. */
    public SavingsRiskResult savingsRisk(long id, SavingsRiskRequest request) {
        BusinessCaseInputs base = get(id).inputs().toCore();
        String offer = request.offerName() == null || request.offerName().isBlank()
                ? base.offers().getFirst().name()
                : request.offerName();
        if (base.offers().stream().noneMatch(o -> o.name().equals(offer))) {
            throw new InvalidRequestException("offerName", "offerName: no offer named '" + offer + "'");
        }
        int trials = request.trials() == null ? 10_000 : request.trials();
        if (trials < 1 || trials > SavingsRiskRequest.MAX_TRIALS) {
            throw new InvalidRequestException(
                    "trials", "trials must be between 1 and " + SavingsRiskRequest.MAX_TRIALS);
        }
        double target = request.savingsTarget() == null ? 0.15 : request.savingsTarget();
        if (!Double.isFinite(target) || target < -10 || target > 1) {
            throw new InvalidRequestException("savingsTarget", "savingsTarget must be a fraction <= 1, e.g. 0.15");
        }
        UncertainInputs uncertain = UncertainInputs.fixedAt(base);
        if (request.contactsPerMonth() != null) {
            uncertain =
                    uncertain.withContactsPerMonth(request.contactsPerMonth().toCore("contactsPerMonth"));
        }
        if (request.ahtSeconds() != null) {
            uncertain = uncertain.withAhtSeconds(request.ahtSeconds().toCore("ahtSeconds"));
        }
        if (request.annualAttritionRate() != null) {
            uncertain = uncertain.withAnnualAttritionRate(
                    request.annualAttritionRate().toCore("annualAttritionRate"));
        }
        if (request.extraAnnualChurnRate() != null) {
            uncertain = uncertain.withExtraAnnualChurnRate(
                    request.extraAnnualChurnRate().toCore("extraAnnualChurnRate"));
        }
        if (request.parallelRunMonths() != null) {
            uncertain =
                    uncertain.withParallelRunMonths(request.parallelRunMonths().toCore("parallelRunMonths"));
        }
        long seed = request.seed() == null ? 1 : request.seed();
        UncertainInputs u = uncertain;
        return BusinessCaseInput.checked(
                "", () -> SavingsRisk.simulate(base, offer, u, target, trials, seed, threads()));
    }

    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static BusinessCaseInput validated(BusinessCaseInput input) {
        if (input == null) {
            throw new InvalidRequestException("name", "a business case body is required");
        }
        BusinessCaseInput filled = input.withDefaults();
        filled.toCore();
        return filled;
    }

    private static ScenarioEvaluation.Option option(OptionResult r, boolean inHouse) {
        List<Double> cumulative = new ArrayList<>(r.monthlyCosts().size());
        double sum = 0;
        for (double m : r.monthlyCosts()) {
            sum += m;
            cumulative.add(sum);
        }
        return new ScenarioEvaluation.Option(
                r.name(),
                inHouse,
                r.annualCosts(),
                cumulative,
                r.totalCost(),
                r.npv(),
                r.savings(),
                r.savingsPercent(),
                r.npvSavings(),
                r.breakEvenMonth().isPresent() ? r.breakEvenMonth().getAsInt() : null);
    }
}
