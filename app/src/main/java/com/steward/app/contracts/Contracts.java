package com.steward.app.contracts;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.scorecards.ScorecardMetric;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts module's facade. Reads are scoped to the caller's vendors in SQL; VENDOR users get
 * their own vendor's contracts without prices (no pricing link, no invoice, no credit amounts).
 * Every change is audited.
 */
@Service
public class Contracts {

    static final String AUDIT_CONTRACT = "contract";
    static final String AUDIT_SCORECARD = "scorecard";
    static final String AUDIT_RESULTS = "scorecard_results";
    static final String AUDIT_MEMBER = "team_member";

    /** Most rows one CSV import may hold. */
    public static final int MAX_CSV_ROWS = 10_000;

    private final ContractRepository repository;
    private final VendorRegister vendors;
    private final BusinessCaseScenarios businessCases;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ScorecardDefinitions scorecards;
    private final RecordedResults results;
    private final ContractTeams teams;

    Contracts(
            ContractRepository repository,
            VendorRegister vendors,
            BusinessCaseScenarios businessCases,
            VendorAccess access,
            AuditLog audit,
            Clock clock,
            ScorecardDefinitions scorecards,
            RecordedResults results,
            ContractTeams teams) {
        this.repository = repository;
        this.vendors = vendors;
        this.businessCases = businessCases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.scorecards = scorecards;
        this.results = results;
        this.teams = teams;
    }

    // --- contracts ---

    public List<Contract> visibleContracts() {
        VendorScope scope = access.currentScope();
        return repository.findAll(scope).stream().map(c -> shown(c, scope)).toList();
    }

    public Contract get(long id) {
        VendorScope scope = access.currentScope();
        return shown(find(id, scope), scope);
    }

    /** True when the caller may see prices (client staff). */
    public boolean seesPrices() {
        return access.currentScope().unrestricted();
    }

    /** The offer a contract's pricing links to, for client staff; empty for none or for VENDOR users. */
    public Optional<LinkedOffer> linkedOffer(long contractId) {
        Contract contract = get(contractId);
        if (contract.pricing() == null || !seesPrices()) {
            return Optional.empty();
        }
        try {
            BusinessCaseScenario scenario = businessCases.get(contract.pricing().businessCaseId());
            return scenario.inputs().offers().stream()
                    .filter(o -> o.name().equals(contract.pricing().offerName()))
                    .findFirst()
                    .map(o -> new LinkedOffer(scenario.id(), scenario.name(), o));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A business-case offer as linked from a contract. */
    public record LinkedOffer(long businessCaseId, String businessCaseName, BusinessCaseInput.OfferInput offer) {}

    @Transactional
    public Contract create(ContractInput input) {
        ContractInput in = validated(input, true);
        ContractRules rules = validatedRules(input.rules());
        long id = repository.insert(in, rules, access.currentActor(), clock.instant());
        Contract created = find(id, VendorScope.all());
        audit.record(AuditAction.CREATE, AUDIT_CONTRACT, id, created.vendorId(), null, created);
        return created;
    }

    @Transactional
    public Contract update(long id, ContractInput input) {
        Contract before = find(id, access.currentScope());
        ContractInput in = validated(input, false);
        in = new ContractInput(
                before.vendorId(),
                in.name(),
                in.status(),
                in.termStart(),
                in.termEnd(),
                in.pricing(),
                in.queues(),
                in.regions(),
                in.channels(),
                in.monthlyInvoice(),
                in.rules());
        ContractRules rules = validatedRules(input.rules());
        repository.update(id, in, rules, clock.instant());
        Contract after = find(id, VendorScope.all());
        audit.record(AuditAction.UPDATE, AUDIT_CONTRACT, id, after.vendorId(), before, after);
        return after;
    }

    // --- scorecard (kept in {@link ScorecardDefinitions}) ---

    public ScorecardDefinition scorecard(long contractId) {
        return scorecards.scorecard(get(contractId));
    }

    /**
     * Replaces the scorecard. Rejects unknown metric ids, targets on the wrong side of the
     * threshold, weights not summing to 100, and — unless acknowledged — quality and customer
     * metrics carrying less than the contract's required share.
     */
    @Transactional
    public ScorecardDefinition defineScorecard(long contractId, ScorecardInput input) {
        return scorecards.define(find(contractId, access.currentScope()), input);
    }

    static List<ScorecardMetric> coreMetrics(List<ContractRepository.StoredLine> stored) {
        return ScorecardDefinitions.coreMetrics(stored);
    }

    // --- results (kept in {@link RecordedResults}) ---

    /**
     * The contract's one figure per month, oldest first: the published scorecard run where there is one, else the
     * result recorded by hand. Read from {@link ContractMonths}, as every other place does.
     */
    public ScorecardResults results(long contractId) {
        return results.results(contractId);
    }

    /**
     * Marks the results recorded by hand for {@code period} ({@code yyyy-MM}) as superseded by the published run
     * {@code runId}, and audits the restatement (what was recorded before, the run after). Called when a run is
     * published; returns the number of values superseded (0 when none were recorded).
     */
    @Transactional
    public int supersedeRecordedResults(long contractId, String period, long runId) {
        return results.supersede(contractId, period, runId);
    }

    /** Records (or corrects) one month's measured values. */
    @Transactional
    public ScorecardResults recordResults(long contractId, ResultInput input) {
        return results.record(find(contractId, access.currentScope()), input);
    }

    /**
     * Imports measured values from CSV: a header {@code period,metric_id,measured} (optionally
     * {@code ,invoice_amount}), then one row per month and metric. All rows are checked before any
     * is stored; the first bad row is reported with its line number.
     */
    @Transactional
    public int importResults(long contractId, String csv) {
        return results.importCsv(find(contractId, access.currentScope()), csv);
    }

    // --- team (kept in {@link ContractTeams}) ---

    public List<TeamMember> team(long contractId) {
        find(contractId, access.currentScope());
        return teams.team(contractId);
    }

    /** Headcount, attrition, tenure and shares over the twelve months ending today. */
    public TeamSummary teamSummary(long contractId) {
        find(contractId, access.currentScope());
        return teams.summary(contractId);
    }

    @Transactional
    public TeamMember addMember(long contractId, TeamMemberInput input) {
        return teams.add(find(contractId, access.currentScope()), input);
    }

    @Transactional
    public TeamMember updateMember(long contractId, long memberId, TeamMemberInput input) {
        return teams.update(find(contractId, access.currentScope()), memberId, input);
    }

    // --- helpers ---

    private Contract find(long id, VendorScope scope) {
        return found(repository, id, scope);
    }

    /** The contract in {@code scope}, else 404. */
    static Contract found(ContractRepository repository, long id, VendorScope scope) {
        return repository.findById(id, scope).orElseThrow(() -> ContractNotFoundException.forId(id));
    }

    private static Contract shown(Contract contract, VendorScope scope) {
        return scope.unrestricted() ? contract : contract.withoutPrices();
    }

    private ContractInput validated(ContractInput in, boolean creating) {
        if (in == null) {
            throw new InvalidRequestException("name", "a contract body is required");
        }
        if (creating) {
            if (in.vendorId() == null) {
                throw new InvalidRequestException("vendorId", "vendorId is required");
            }
            try {
                vendors.get(in.vendorId());
            } catch (NotFoundException e) {
                throw new InvalidRequestException("vendorId", "vendorId: no vendor with id " + in.vendorId());
            }
        }
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidRequestException("name", "name must be 1–200 characters");
        }
        if (in.termStart() == null) {
            throw new InvalidRequestException("termStart", "termStart is required");
        }
        if (in.termEnd() == null) {
            throw new InvalidRequestException("termEnd", "termEnd is required");
        }
        if (in.termEnd().isBefore(in.termStart())) {
            throw new InvalidRequestException("termEnd", "termEnd must not be before termStart");
        }
        if (in.monthlyInvoice() != null && !(in.monthlyInvoice() >= 0 && Double.isFinite(in.monthlyInvoice()))) {
            throw new InvalidRequestException("monthlyInvoice", "monthlyInvoice must be a finite number >= 0");
        }
        PricingLink pricing = validatedPricing(in.pricing());
        return new ContractInput(
                in.vendorId(),
                name,
                in.status() == null ? ContractStatus.DRAFT : in.status(),
                in.termStart(),
                in.termEnd(),
                pricing,
                cleaned("queues", in.queues()),
                cleaned("regions", in.regions()),
                cleaned("channels", in.channels()),
                in.monthlyInvoice(),
                in.rules());
    }

    /** A pricing link naming an existing business case and one of its offers; an empty link is no link. */
    private @Nullable PricingLink validatedPricing(@Nullable PricingLink given) {
        PricingLink pricing = given;
        if (pricing != null
                && pricing.businessCaseId() == null
                && (pricing.offerName() == null || pricing.offerName().isBlank())) {
            pricing = null;
        }
        if (pricing != null) {
            if (pricing.businessCaseId() == null) {
                throw new InvalidRequestException("pricing.businessCaseId", "pricing.businessCaseId is required");
            }
            BusinessCaseScenario scenario;
            try {
                scenario = businessCases.get(pricing.businessCaseId());
            } catch (NotFoundException e) {
                throw new InvalidRequestException(
                        "pricing.businessCaseId",
                        "pricing.businessCaseId: no business case " + pricing.businessCaseId());
            }
            String offer =
                    pricing.offerName() == null ? "" : pricing.offerName().strip();
            if (scenario.inputs().offers().stream().noneMatch(o -> o.name().equals(offer))) {
                throw new InvalidRequestException(
                        "pricing.offerName",
                        "pricing.offerName: business case '" + scenario.name() + "' has no offer named '" + offer
                                + "'");
            }
            pricing = new PricingLink(pricing.businessCaseId(), offer);
        }
        return pricing;
    }

    private static ContractRules validatedRules(ContractRules rules) {
        ContractRules r = (rules == null ? ContractRules.defaults() : rules).withDefaults();
        if (!(r.requiredQualityShare() >= 0 && r.requiredQualityShare() <= 1)) {
            throw new InvalidRequestException(
                    "rules.requiredQualityShare", "rules.requiredQualityShare must be in [0, 1], e.g. 0.6");
        }
        ScorecardDefinitions.checked("rules", r::creditPolicy);
        ScorecardDefinitions.checked("rules", r::standingPolicy);
        return r;
    }

    private static List<String> cleaned(String field, List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> out = items.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (out.size() > 50 || out.stream().anyMatch(s -> s.length() > 100 || s.contains("\n"))) {
            throw new InvalidRequestException(field, field + ": at most 50 items of at most 100 characters");
        }
        return out;
    }
}
